"""What people read of the dataset: filter, review and export (queries, sqlite), the report, `foi status`, and terminal tables."""
