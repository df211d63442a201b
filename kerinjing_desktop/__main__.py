import sys

from kerinjing_desktop.cli import main

sys.exit(main())
