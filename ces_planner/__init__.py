"""CES Planner: draft, workshop and publish a contact centre's Customer Experience Strategy.

The package root stays light: the command line imports only what a command needs, and Qt,
matplotlib and the report writers load on first use.
"""

__version__ = "0.1.0"
# The name the app goes by, and of its folders for settings, data, cache and logs.
APP_NAME = "CES Planner"
