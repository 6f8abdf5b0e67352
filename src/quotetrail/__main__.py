from quotetrail.cli import main

main()
