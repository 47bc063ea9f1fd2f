"""The raw archive: the data directory's layout (datadir), its only writer (store), and the ways in (importing, mailbox, imap)."""
