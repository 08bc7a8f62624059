"""Subcommands of the ``wenxian`` command line, one module each."""
