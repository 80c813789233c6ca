"""The phrase vocabulary the rules are written in, by what it says: shared fragments
(`common`), decisions (`decision`), interviews (`interview`), the user's own words (`user`)."""
