"""The floor every other package stands on: errors the user can act on, the translation
marker, and where files live. Imports nothing of the project."""
