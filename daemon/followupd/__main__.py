from followupd.cli import main

if __name__ == "__main__":  # not when a helper process's start imports it
    raise SystemExit(main())
