"""The store: every SQL statement of the app lives in this package.

`open_store(data_dir)` gives a `Store`; the feature modules (events, participants, …) are
plain functions over it. Every function that changes data has committed when it returns.
"""

from kerinjing_desktop.core.store.connection import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
