"""Square cards of the deck's key messages, for the participants' social-media campaign.

Each card carries one `> key message`, where it comes from, and the SAPA 129 help line, so a
card shared on its own still tells a reader what is true and whom to call.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from kerinjing_desktop.core.i18n import _
from kerinjing_desktop.slides import theme
from kerinjing_desktop.slides.source import KeyMessage
from kerinjing_desktop.slides.textfit import Para, fit

CARD_SIZE = 1080


def render_card(
    message: KeyMessage, helpline: str, lang: str | None, size: int = CARD_SIZE
) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_RGB32)
    image.fill(theme.NAVY)
    u = size / 100
    pad = 8 * u
    inner = size - 2 * pad
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    label = fit(
        [Para(_("Stop human trafficking", lang), 3.4 * u, theme.YELLOW, bold=True)], inner, 6 * u
    )
    label.draw(painter, QPointF(pad, 7 * u))
    painter.fillRect(QRectF(pad, 8.5 * u + label.height, 12 * u, 0.9 * u), theme.AMBER)

    band = 17 * u  # the help line sits on a yellow band at the foot
    painter.fillRect(QRectF(0, size - band, size, band), theme.YELLOW)
    help_text = fit([Para(helpline, 3.6 * u, theme.NAVY, bold=True)], inner, band - 5 * u)
    help_text.draw(painter, QPointF(pad, size - band + (band - help_text.height) / 2))

    top, bottom = 16 * u + label.height, size - band - 5 * u
    paras = [Para(message.text, 7.4 * u, theme.WHITE, bold=True, space_after=0.6)]
    if message.source:
        paras.append(Para(f"{_('Source:', lang)} {message.source}", 2.8 * u, theme.PALE))
    body = fit(paras, inner, bottom - top)
    body.draw(painter, QPointF(pad, top + max(0.0, (bottom - top - body.height) / 2)))
    painter.end()
    return image
