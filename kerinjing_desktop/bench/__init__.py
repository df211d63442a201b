"""Benchmarks behind `kerinjing-desktop bench`: one module per subject, each with
`run(options) -> dict` returning the keys CLI.md fixes, plus `GOALS` for the report table."""
