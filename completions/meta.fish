# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_meta_global_optspecs
    string join \n home= state= root= identity= o/output= dry-run y/yes q/quiet v/verbose h/help V/version
end

function __fish_meta_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_meta_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_meta_using_subcommand
    set -l cmd (__fish_meta_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c meta -n "__fish_meta_needs_command" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_needs_command" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_needs_command" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_needs_command" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_needs_command" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_needs_command" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_needs_command" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_needs_command" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_needs_command" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_needs_command" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_needs_command" -f -a "init" -d 'Create the home folder, state file, identity and data key (idempotent)'
complete -c meta -n "__fish_meta_needs_command" -f -a "project" -d 'The project registry: names, folders and port ranges'
complete -c meta -n "__fish_meta_needs_command" -f -a "port" -d 'Ports promised to services: allocate, reserve, audit, import'
complete -c meta -n "__fish_meta_needs_command" -f -a "config" -d 'Read and edit config.toml (comments kept)'
complete -c meta -n "__fish_meta_needs_command" -f -a "audit" -d 'The hash-chained log of every change'
complete -c meta -n "__fish_meta_needs_command" -f -a "instructions" -d 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project'
complete -c meta -n "__fish_meta_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c meta -n "__fish_meta_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand init" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand init" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand init" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand init" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand init" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand init" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand init" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand init" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand init" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand init" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -f -a "add" -d 'Register a project; without --range it gets the next free 1000-port block at or above 3000'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -f -a "list" -d 'List the projects'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -f -a "ls" -d 'List the projects'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -f -a "show" -d 'Show one project and what it owns'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -f -a "rm" -d 'Remove a project (refused while it owns anything, unless --force)'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -f -a "remove" -d 'Remove a project (refused while it owns anything, unless --force)'
complete -c meta -n "__fish_meta_using_subcommand project; and not __fish_seen_subcommand_from add list ls show rm remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -l path -d 'The project\'s folder (stored canonical)' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -l range -d 'Its port range, START-END' -r
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -l instructions-file -d 'The assistant instructions file `meta instructions build` writes [default: CLAUDE.md]' -r
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -l force -d 'Also remove its allocations, deployments and dev environments (asks first)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -l force -d 'Also remove its allocations, deployments and dev environments (asks first)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a project; without --range it gets the next free 1000-port block at or above 3000'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the projects'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one project and what it owns'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a project (refused while it owns anything, unless --force)'
complete -c meta -n "__fish_meta_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "allocate" -d 'Get-or-allocate: the same port on every call for the same project and service'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "get" -d 'Print a service\'s port (exit 3 if it has none)'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "list" -d 'List allocations, with their hostname and whether they are listening now'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "ls" -d 'List allocations, with their hostname and whether they are listening now'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "release" -d 'Give a service\'s port back'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "reserve" -d 'Keep a port or range away from every allocation'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "unreserve" -d 'Remove the reservations that lie within a port or range'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "reservations" -d 'List the reservations'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "audit" -d 'Compare allocations with the sockets listening now (exit 9 on any finding)'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "import" -d 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)'
complete -c meta -n "__fish_meta_using_subcommand port; and not __fish_seen_subcommand_from allocate get list ls release reserve unreserve reservations audit import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -l hostname -d 'The DNS name that routes to this service (held by one allocation at most)' -r
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -l port -d 'Ask for this port (it must be in the project\'s range, free and not listening)' -r
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -l wildcard -d 'Allow a wildcard hostname (`*.example.com`)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from allocate" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -l project -d 'Only this project\'s' -r
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -l project -d 'Only this project\'s' -r
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from release" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -l reason -d 'Why (shown when an allocation is refused)' -r
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reserve" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from unreserve" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from reservations" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from audit" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -l project -d 'Only inside this project\'s range' -r
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "allocate" -d 'Get-or-allocate: the same port on every call for the same project and service'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a service\'s port (exit 3 if it has none)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "list" -d 'List allocations, with their hostname and whether they are listening now'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "release" -d 'Give a service\'s port back'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "reserve" -d 'Keep a port or range away from every allocation'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "unreserve" -d 'Remove the reservations that lie within a port or range'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "reservations" -d 'List the reservations'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "audit" -d 'Compare allocations with the sockets listening now (exit 9 on any finding)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "import" -d 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)'
complete -c meta -n "__fish_meta_using_subcommand port; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "get" -d 'Print the value in force for KEY (environment, then config.toml, then default)'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "set" -d 'Set KEY to VALUE in config.toml (lists comma-separated)'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "unset" -d 'Remove KEY from config.toml'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "list" -d 'Every setting, its value and where the value comes from'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "ls" -d 'Every setting, its value and where the value comes from'
complete -c meta -n "__fish_meta_using_subcommand config; and not __fish_seen_subcommand_from get set unset list ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the value in force for KEY (environment, then config.toml, then default)'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set KEY to VALUE in config.toml (lists comma-separated)'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove KEY from config.toml'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every setting, its value and where the value comes from'
complete -c meta -n "__fish_meta_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -f -a "log" -d 'Show the log, oldest first'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -f -a "verify" -d 'Check the hash chain; exit 9 naming the first broken entry'
complete -c meta -n "__fish_meta_using_subcommand audit; and not __fish_seen_subcommand_from log verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -l since -d 'Only entries at or after T: RFC 3339 time, a date, or an age (30m, 12h, 7d)' -r
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -l target -d 'Only entries whose target starts with PREFIX (e.g. `project/`, `secret/app/`)' -r
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'Show the log, oldest first'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chain; exit 9 naming the first broken entry'
complete -c meta -n "__fish_meta_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -f -a "build" -d 'Write each project\'s CLAUDE.md (or its --instructions-file) from the layers'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -f -a "list" -d 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -f -a "ls" -d 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -f -a "diff" -d 'Show what `build` would change in one project\'s file'
complete -c meta -n "__fish_meta_using_subcommand instructions; and not __fish_seen_subcommand_from build list ls diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l all -d 'Build every project that has a folder'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l check -d 'Write nothing; exit 8 when any file is stale, edited by hand or missing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l adopt -d 'Move hand edits into .claude-specific/90-adopted.md, then rebuild'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l force -d 'Overwrite a file edited by hand'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from build" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from help" -f -a "build" -d 'Write each project\'s CLAUDE.md (or its --instructions-file) from the layers'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from help" -f -a "list" -d 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what `build` would change in one project\'s file'
complete -c meta -n "__fish_meta_using_subcommand instructions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand completions" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand completions" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand completions" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand completions" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand completions" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand completions" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand completions" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand completions" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand completions" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand completions" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config audit instructions completions help" -f -a "init" -d 'Create the home folder, state file, identity and data key (idempotent)'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config audit instructions completions help" -f -a "project" -d 'The project registry: names, folders and port ranges'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config audit instructions completions help" -f -a "port" -d 'Ports promised to services: allocate, reserve, audit, import'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config audit instructions completions help" -f -a "config" -d 'Read and edit config.toml (comments kept)'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config audit instructions completions help" -f -a "audit" -d 'The hash-chained log of every change'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config audit instructions completions help" -f -a "instructions" -d 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config audit instructions completions help" -f -a "completions" -d 'Print shell completions'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config audit instructions completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "add" -d 'Register a project; without --range it gets the next free 1000-port block at or above 3000'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "list" -d 'List the projects'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "show" -d 'Show one project and what it owns'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "rm" -d 'Remove a project (refused while it owns anything, unless --force)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "allocate" -d 'Get-or-allocate: the same port on every call for the same project and service'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "get" -d 'Print a service\'s port (exit 3 if it has none)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "list" -d 'List allocations, with their hostname and whether they are listening now'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "release" -d 'Give a service\'s port back'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "reserve" -d 'Keep a port or range away from every allocation'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "unreserve" -d 'Remove the reservations that lie within a port or range'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "reservations" -d 'List the reservations'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "audit" -d 'Compare allocations with the sockets listening now (exit 9 on any finding)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from port" -f -a "import" -d 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the value in force for KEY (environment, then config.toml, then default)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set KEY to VALUE in config.toml (lists comma-separated)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove KEY from config.toml'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Every setting, its value and where the value comes from'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'Show the log, oldest first'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chain; exit 9 naming the first broken entry'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from instructions" -f -a "build" -d 'Write each project\'s CLAUDE.md (or its --instructions-file) from the layers'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from instructions" -f -a "list" -d 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from instructions" -f -a "diff" -d 'Show what `build` would change in one project\'s file'
