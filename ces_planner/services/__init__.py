"""Use cases the desktop app and the command line both call."""
