import sys

from kerinjing_desktop.launcher import main

sys.exit(main())
