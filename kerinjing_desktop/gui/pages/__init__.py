"""One page per step of the day; `main_window.STEPS` lists them in the day's order."""
