"""`bench pdf`'s child for "Print → job handed to CUPS": one fresh process plays the app
with its window up (Qt and the Certificates page's modules loaded), then times what follows
the Print button: building the PDF (the first print of the session imports reportlab and
registers the fonts, as in the app) and handing it to the CUPS queue, the print dialog's
choices taken as given. Prints the milliseconds. Run as
`python -m kerinjing_desktop.bench.print_job DATA_DIR EVENT_ID QUEUE OUT_DIR`, with
CUPS_SERVER naming the queue's socket."""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main(data_dir: str, event_id: str, queue: str, out_dir: str) -> None:
    from kerinjing_desktop.bench import ensure_headless_qt

    ensure_headless_qt()
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from kerinjing_desktop.core.store import open_store
    from kerinjing_desktop.gui.pages.documents_page import DocumentsPage
    from kerinjing_desktop.gui.printing import PrintJob, paint_file
    from kerinjing_desktop.gui.session import Session

    app = QApplication(sys.argv[:1])
    store = open_store(Path(data_dir))
    session = Session(store, Path(data_dir), "id")
    page = DocumentsPage(session)
    session.set_event(event_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue)
    if printer.printerName() != queue:
        raise SystemExit(f"Qt does not see the queue {queue}")
    app.processEvents()
    start = time.perf_counter()
    out = page.make_document("certificates", Path(out_dir) / "sertifikat.pdf")
    from kerinjing_desktop.gui.printing import open_pdf

    count = open_pdf(out).pageCount()
    job = PrintJob(printer, out, 0, count - 1, count=count)
    if not job.handed_to_cups():
        raise SystemExit("the job would not go to CUPS as a PDF")
    paint_file(job)
    print("handed-over", (time.perf_counter() - start) * 1000, count, flush=True)
    store.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
