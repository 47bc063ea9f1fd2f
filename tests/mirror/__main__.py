from tests.mirror.build import main

main()
