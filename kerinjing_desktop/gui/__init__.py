"""The Qt widgets: thin views over the core. Nothing here holds data the store does not."""
