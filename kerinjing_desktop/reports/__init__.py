"""Printed documents, one module per document, all reportlab (Qt-free).

Each document module has `build(store, event, out: Path, options: PrintOptions) -> Path`;
`DOCUMENTS` in cli/print_cmd.py lists them for `kerinjing-desktop print KIND`.
"""
