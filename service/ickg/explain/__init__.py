"""Explanations: why the graph holds a triple, down to the sentences it rests on."""
