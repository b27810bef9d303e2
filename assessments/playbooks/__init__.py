"""Role playbooks: the file format (`schema`) and loading files into versions (`loader`).

`schema` imports no Django so it can check a file on its own; import `loader` only inside Django.
"""
