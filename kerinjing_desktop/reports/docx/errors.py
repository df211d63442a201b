"""The drafts' own error, importable without loading python-docx (the CLI catches it)."""


class TemplateError(ValueError):
    """The chosen template is not a Word document; the message says so in the user's words."""
