"""The warning before certificates are made with no institution or signatory.

A batch of certificates printed with empty signature lines is a batch of paper lost (and a
certificate worth less to the villager who takes it home). The certificate settings box shows
the gap as soon as it exists (certificate_boxes.py); this asks once more before the PDF.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.core.store import Store
from kerinjing_desktop.core.store.certificates import signing_gaps
from kerinjing_desktop.gui.dialogs.ask import ask


def confirm_certificates(parent: QWidget, store: Store, event_id: str, field: QLineEdit) -> bool:
    """True to make the certificates: nothing is missing, or the facilitator says so (a trial
    print); else the cursor goes to the institution's field to fill it in."""
    gaps = signing_gaps(store, event_id)
    if not gaps:
        return True
    if ask(parent, _("Certificates"), gaps + "\n\n" + _("Make the certificates anyway?")):
        return True
    field.setFocus()
    return False
