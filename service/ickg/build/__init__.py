"""The build: every stage in order over a data directory, and the one commit that swaps in the
release files and the store together.
"""
