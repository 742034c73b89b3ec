from newsift.cli import main

main()
