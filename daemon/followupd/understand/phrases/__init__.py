"""The phrase vocabulary the rules are written in, by what it says: shared fragments
(`common`), decisions (`decision`), interviews (`interview`), the user's own words (`user`);
each language's additions (`en`, `de`, `fr`, `es`; French is split by what it says into `fr`,
`fr_waits` and `fr_logistics`, carried into the table by `fr`)."""
