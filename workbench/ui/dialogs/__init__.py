"""Dialogs: export, annotation, code manager, actors, backups, the guide and the About box."""
