"""Entry script of the PyInstaller bundle: the same `kerinjing-desktop` command as the wheel's."""

import sys

from kerinjing_desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
