"""A private CUPS scheduler with one cups-pdf queue, for the printing tests and `bench print`.

It listens only on a socket in a temporary folder (no network, the machine's own CUPS and
its queues untouched) and turns each job into a PDF in `out`, as a printer turns it into
paper. It needs Debian's `cups` and `printer-driver-cups-pdf` and root (cups-pdf runs as
root, and cupsd refuses configuration it does not own); `CupsQueue.start` raises
QueueUnavailable with the reason otherwise, so a test can skip saying why.

cups-pdf reads its settings from /etc/cups only: the queue's device URI names an instance
(`cups-pdf:/kerinjing-<pid>`), whose `cups-pdf-<instance>.conf` we write there for the
queue's lifetime and remove again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPSD = "/usr/sbin/cupsd"
CONF_DIR = Path("/etc/cups")
QUEUE = "kerinjing-pdf"


class QueueUnavailable(Exception):
    """Why no private CUPS queue could be started here."""


class CupsQueue:
    """`with CupsQueue.start() as queue:` → `queue.socket`, `queue.name`, `queue.out`;
    `queue.wait_for_pdfs(n)` the printed PDFs once CUPS has finished them."""

    def __init__(self, folder: Path, process: subprocess.Popen, instance: str):
        self.folder = folder
        self.process = process
        self.instance = instance
        self.socket = folder / "cups.sock"
        self.out = folder / "out"
        self.name = QUEUE

    @classmethod
    def start(cls) -> CupsQueue:
        missing = [str(p) for p in (Path(CUPSD), CUPS_PDF_BACKEND) if not p.exists()]
        if missing or not shutil.which("lpadmin"):
            raise QueueUnavailable(
                "CUPS or cups-pdf is not installed (Debian: cups printer-driver-cups-pdf)"
            )
        if os.name != "posix" or os.geteuid() != 0:
            raise QueueUnavailable("a private cupsd with cups-pdf needs root")
        folder = Path(tempfile.mkdtemp(prefix="kerinjing-cups-"))
        folder.chmod(0o755)  # cupsd's filters run as lp and read the spool below
        for sub in ("spool", "cache", "state", "tmp", "out", "ppd"):
            (folder / sub).mkdir()
        for sub in ("out", "tmp"):
            (folder / sub).chmod(0o1777)
        instance = f"kerinjing-{os.getpid()}"
        _write_configuration(folder, instance)
        log = open(folder / "cupsd.out", "wb")  # noqa: SIM115 - lives as long as cupsd
        process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(folder / "cupsd.conf"), "-s", str(folder / "cups-files.conf")],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        queue = cls(folder, process, instance)
        try:
            queue._wait_for_socket()
            queue._add_printer()
        except BaseException:
            queue.stop()
            raise
        return queue

    def _wait_for_socket(self) -> None:
        deadline = time.monotonic() + 15
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise QueueUnavailable(f"cupsd did not start: {self._log_tail()}")
            time.sleep(0.05)

    def _add_printer(self) -> None:
        done = subprocess.run(
            ["lpadmin", "-h", str(self.socket), "-p", self.name, "-E",
             "-v", f"cups-pdf:/{self.instance}", "-P", str(CUPS_PDF_PPD)],
            capture_output=True, text=True, env=self.environment(), check=False, timeout=30,
        )  # fmt: skip
        if done.returncode != 0:
            raise QueueUnavailable(f"lpadmin failed: {done.stderr.strip()} {self._log_tail()}")

    def environment(self) -> dict[str, str]:
        """The environment that points CUPS clients (lp, lpstat, the app) at this queue."""
        return dict(os.environ, CUPS_SERVER=str(self.socket))

    def wait_for_pdfs(self, count: int, timeout: float = 120) -> list[Path]:
        """The PDFs cups-pdf wrote, once `count` of them are complete and the queue is idle."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(self.out.rglob("*.pdf"))
            if len(found) >= count and self._idle():
                return found
            time.sleep(0.2)
        raise TimeoutError(f"{len(list(self.out.rglob('*.pdf')))} of {count} jobs printed")

    def _idle(self) -> bool:
        done = subprocess.run(
            ["lpstat", "-h", str(self.socket), "-o", self.name],
            capture_output=True, text=True, env=self.environment(), check=False,
        )  # fmt: skip
        return done.returncode == 0 and not done.stdout.strip()

    def _log_tail(self) -> str:
        text = ""
        for name in ("cupsd.out", "error_log"):
            path = self.folder / name
            if path.exists():
                text += path.read_text(errors="replace")[-600:]
        return text.strip()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        (CONF_DIR / f"cups-pdf-{self.instance}.conf").unlink(missing_ok=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> CupsQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _write_configuration(folder: Path, instance: str) -> None:
    (folder / "cupsd.conf").write_text(
        f"Listen {folder / 'cups.sock'}\n"
        "LogLevel warn\n"
        "DefaultAuthType None\n"
        "WebInterface No\n"
        "Browsing No\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    (folder / "cups-files.conf").write_text(
        f"ServerRoot {folder}\n"
        f"RequestRoot {folder / 'spool'}\n"
        f"CacheDir {folder / 'cache'}\n"
        f"StateDir {folder / 'state'}\n"
        f"TempDir {folder / 'tmp'}\n"
        f"ErrorLog {folder / 'error_log'}\n"
        f"AccessLog {folder / 'access_log'}\n"
        f"PageLog {folder / 'page_log'}\n"
        "Sandboxing Relaxed\n"
    )
    (CONF_DIR / f"cups-pdf-{instance}.conf").write_text(
        f"Out {folder / 'out'}\nAnonDirName {folder / 'out'}\nUserUMask 0000\n"
        "Label 1\nLog " + str(folder) + "\n"
    )
