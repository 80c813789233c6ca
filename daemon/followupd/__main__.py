from followupd.cli import main

raise SystemExit(main())
