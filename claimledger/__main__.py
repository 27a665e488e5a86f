from claimledger.cli import app

app(prog_name="claimledger")
