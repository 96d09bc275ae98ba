from ickg.cli import cli

cli()
