"""The typed Parquet dataset built from the raw archive (`foi build`)."""
