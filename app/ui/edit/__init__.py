"""Editing: record forms, the EDTF date field, undo commands, citing from a source,
import preview and the "Needs a source" view. Every write is a domain ``Edit``
pushed on the session's undo stack (see ``commands``).
"""
