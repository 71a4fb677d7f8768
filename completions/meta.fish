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
complete -c meta -n "__fish_meta_needs_command" -f -a "secret" -d 'Encrypted, versioned secrets for scripts and services'
complete -c meta -n "__fish_meta_needs_command" -f -a "audit" -d 'The hash-chained log of every change'
complete -c meta -n "__fish_meta_needs_command" -f -a "instructions" -d 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project'
complete -c meta -n "__fish_meta_needs_command" -f -a "dns" -d 'Cloudflare DNS records, kept in line with allocations by `dns sync`'
complete -c meta -n "__fish_meta_needs_command" -f -a "tunnel" -d 'cloudflared ingress rules from allocations with hostnames'
complete -c meta -n "__fish_meta_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c meta -n "__fish_meta_needs_command" -f -a "vm" -d 'GCP Compute Engine VMs: lifecycle, resize, health, autoscale'
complete -c meta -n "__fish_meta_needs_command" -f -a "recover" -d 'Roll back (or finish) a plan that a crash left half-applied'
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
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "set" -d 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "get" -d 'Print a secret\'s value alone (raw bytes, no newline added)'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "list" -d 'List secrets (paths, versions, last update; never values)'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "ls" -d 'List secrets (paths, versions, last update; never values)'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "history" -d 'The versions of a secret (never values)'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "delete" -d 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "rm" -d 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "undelete" -d 'Bring back a deleted secret'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "exec" -d 'Run a command with the secrets under a prefix as environment variables'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "env" -d 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "export" -d 'Write the secrets (every version) as an age file that `age -d` opens'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "import" -d 'Read back a bundle made by `export` (or any age file holding such a JSON document)'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "rotate-key" -d 'Make a new data key and re-encrypt every version under it, in one transaction'
complete -c meta -n "__fish_meta_using_subcommand secret; and not __fish_seen_subcommand_from set get list ls history delete rm undelete exec env export import rotate-key help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -l from-file -d 'Read the value from this file (`-` for stdin)' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -l from-env -d 'Read the value from this environment variable' -r
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -l allow-empty -d 'Accept an empty value'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -l version -d 'An older version instead of the current one' -r
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -l deleted -d 'Include deleted secrets'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -l deleted -d 'Include deleted secrets'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -l purge -d 'Destroy every version for good (asks first)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -l purge -d 'Destroy every version for good (asks first)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from undelete" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -l prefix -d 'The secrets under this prefix become variables named by their last segment' -r
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -l only -d 'Only these variables (names or last path segments, comma-separated)' -r
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -l no-inherit -d 'Start from an empty environment (keeping only PATH and HOME) instead of this one'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from exec" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -l format -r -f -a "dotenv\t''
json\t''
systemd\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -l only -d 'Only these variables (names or last path segments, comma-separated)' -r
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from env" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -s r -l recipient -d 'An age recipient (`age1…`) who may open the bundle; repeat for several' -r
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -l out -d 'Write the bundle to this file (mode 0600) instead of stdout' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -s a -l armor -d 'ASCII-armored (PEM) output, as `age -a` writes'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -s i -l bundle-identity -d 'The age identity file that opens the bundle (`--identity` is the global flag for the state file\'s own identity)' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -l prefix -d 'Put every imported path under this prefix' -r
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from rotate-key" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a secret\'s value alone (raw bytes, no newline added)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "list" -d 'List secrets (paths, versions, last update; never values)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "history" -d 'The versions of a secret (never values)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "undelete" -d 'Bring back a deleted secret'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command with the secrets under a prefix as environment variables'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "env" -d 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the secrets (every version) as an age file that `age -d` opens'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read back a bundle made by `export` (or any age file holding such a JSON document)'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "rotate-key" -d 'Make a new data key and re-encrypt every version under it, in one transaction'
complete -c meta -n "__fish_meta_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "list" -d 'List the records of a zone (by name or id)'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "ls" -d 'List the records of a zone (by name or id)'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "get" -d 'Show the records of one name'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "create" -d 'Create a record (exit 4 when one of that name and type exists)'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "upsert" -d 'Create a record, or change it to match; no call when it already matches'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "delete" -d 'Delete the records of a name (asks when several match)'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "rm" -d 'Delete the records of a name (asks when several match)'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "verify-token" -d 'Check the API token (`GET /user/tokens/verify`)'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "sync" -d 'Bring a zone in line with allocations, deployments and records made by meta'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "undo" -d 'Put back the records the last applied sync of a zone changed'
complete -c meta -n "__fish_meta_using_subcommand dns; and not __fish_seen_subcommand_from list ls get create upsert delete rm verify-token sync undo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -l type -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -l name -d 'Only records of this name (relative names get the zone appended)' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -l type -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -l name -d 'Only records of this name (relative names get the zone appended)' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -l type -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l type -d 'Record type' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l content -d 'Record content: target name, address or text' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l ttl -d 'TTL in seconds: 1 (automatic) or 60-86400' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l proxied -d 'Serve through Cloudflare\'s proxy (A, AAAA and CNAME only; TTL becomes automatic)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l type -d 'Record type' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l content -d 'Record content: target name, address or text' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l ttl -d 'TTL in seconds: 1 (automatic) or 60-86400' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l proxied -d 'Serve through Cloudflare\'s proxy (A, AAAA and CNAME only; TTL becomes automatic)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from upsert" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -l type -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -l type -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from verify-token" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -l check -d 'Change nothing; exit 8 when the zone differs from the desired records'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -l force -d 'Also overwrite records edited outside meta, and allow sweeping plans'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the records of a zone (by name or id)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show the records of one name'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a record (exit 4 when one of that name and type exists)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "upsert" -d 'Create a record, or change it to match; no call when it already matches'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the records of a name (asks when several match)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "verify-token" -d 'Check the API token (`GET /user/tokens/verify`)'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Bring a zone in line with allocations, deployments and records made by meta'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Put back the records the last applied sync of a zone changed'
complete -c meta -n "__fish_meta_using_subcommand dns; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -f -a "sync" -d 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -f -a "show" -d 'Show the ingress rules, managed ones marked'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -f -a "diff" -d 'Show the diff `sync` would write'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -f -a "route" -d 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and not __fish_seen_subcommand_from sync show diff route help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l config -d 'The cloudflared config, as a path on this machine [default: paths.cloudflared_config under --root]' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l ready-timeout -d 'Seconds to wait for /ready after a restart' -r
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l remote -d 'Put the rules to the remotely-managed tunnel through the API instead'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l restart -d 'Restart cloudflared after writing, wait for /ready, roll back if it never is'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l check -d 'Change nothing; exit 8 when the ingress differs'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l force -d 'Write the rules even where a hand-written rule above them takes their hostname'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -l config -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -l remote -d 'Show the remote tunnel\'s rules'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -l config -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -l retry-budget -d 'Longest time, in seconds, to keep retrying rate-limited or failing API calls' -r
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from route" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the ingress rules, managed ones marked'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show the diff `sync` would write'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from help" -f -a "route" -d 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com'
complete -c meta -n "__fish_meta_using_subcommand tunnel; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "list" -d 'List the VMs of the zone (every page)'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "ls" -d 'List the VMs of the zone (every page)'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "get" -d 'Show one VM'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "start" -d 'Start a VM and wait until it runs'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "stop" -d 'Stop a VM and wait until it is stopped'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "delete" -d 'Delete a VM (asks first)'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "create" -d 'Create a VM and wait until it runs'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "resize" -d 'Change a VM\'s machine type: stop, set the type, start again'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "health" -d 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "autoscale" -d 'One autoscale evaluation along a ladder of machine types (for hourly cron)'
complete -c meta -n "__fish_meta_using_subcommand vm; and not __fish_seen_subcommand_from list ls get start stop delete create resize health autoscale help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l filter -d 'A Compute Engine filter expression, like `status = RUNNING`' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l filter -d 'A Compute Engine filter expression, like `status = RUNNING`' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l machine-type -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l image-family -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l image-project -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l disk-gb -d 'Boot disk size in GB' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l network -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l tags -d 'Network tags, comma-separated' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l labels -d 'Labels KEY=VALUE, comma-separated or repeated' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l machine-type -d 'The new machine type, like e2-standard-2' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from resize" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l minutes -d 'The window, in minutes back from now' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l warn-cpu -d 'Unhealthy (exit 9) when mean or max CPU is above this percentage' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l warn-mem -d 'Unhealthy (exit 9) when memory used is above this percentage' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l warn-disk -d 'Unhealthy (exit 9) when a disk is fuller than this percentage' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l ladder -d 'Machine types from smallest to largest, comma-separated; the VM must be on it' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l up-avg -d 'Go up a rung when mean CPU over the window is above this percentage' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l up-max -d 'Go up a rung when max CPU over the window is above this percentage' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l down-avg -d 'Go down a rung when mean CPU is below this and max below --up-avg' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l minutes -d 'The window, in minutes back from now' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l cooldown -d 'No resize sooner than this after the last one (like 6h, 90m, 1d)' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l project -d 'GCP project [default: config gcp.project, else the key\'s project_id]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l zone -d 'Compute Engine zone [default: config gcp.zone]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l account -d 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]' -r
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -a "history" -d 'The decisions recorded for a VM, oldest first'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from autoscale" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the VMs of the zone (every page)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one VM'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a VM and wait until it runs'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a VM and wait until it is stopped'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a VM (asks first)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a VM and wait until it runs'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "resize" -d 'Change a VM\'s machine type: stop, set the type, start again'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "health" -d 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "autoscale" -d 'One autoscale evaluation along a ladder of machine types (for hourly cron)'
complete -c meta -n "__fish_meta_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meta -n "__fish_meta_using_subcommand recover" -l home -d 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]' -r -F
complete -c meta -n "__fish_meta_using_subcommand recover" -l state -d 'The SQLite state file, if not <home>/state.db' -r -F
complete -c meta -n "__fish_meta_using_subcommand recover" -l root -d 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR' -r -F
complete -c meta -n "__fish_meta_using_subcommand recover" -l identity -d 'The age identity that opens the data key, if not <home>/identity.txt' -r -F
complete -c meta -n "__fish_meta_using_subcommand recover" -s o -l output -d 'Output format of the result on stdout' -r -f -a "table\t''
json\t''
yaml\t''
name\t''"
complete -c meta -n "__fish_meta_using_subcommand recover" -l forward -d 'Finish the interrupted plan instead of rolling it back'
complete -c meta -n "__fish_meta_using_subcommand recover" -l dry-run -d 'Print the plan (diffs, API calls, service actions) and change nothing'
complete -c meta -n "__fish_meta_using_subcommand recover" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c meta -n "__fish_meta_using_subcommand recover" -s q -l quiet -d 'Less talk on stderr'
complete -c meta -n "__fish_meta_using_subcommand recover" -s v -l verbose -d 'More detail on stderr'
complete -c meta -n "__fish_meta_using_subcommand recover" -s h -l help -d 'Print help'
complete -c meta -n "__fish_meta_using_subcommand recover" -s V -l version -d 'Print version'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "init" -d 'Create the home folder, state file, identity and data key (idempotent)'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "project" -d 'The project registry: names, folders and port ranges'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "port" -d 'Ports promised to services: allocate, reserve, audit, import'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "config" -d 'Read and edit config.toml (comments kept)'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "secret" -d 'Encrypted, versioned secrets for scripts and services'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "audit" -d 'The hash-chained log of every change'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "instructions" -d 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "dns" -d 'Cloudflare DNS records, kept in line with allocations by `dns sync`'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "tunnel" -d 'cloudflared ingress rules from allocations with hostnames'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "completions" -d 'Print shell completions'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "vm" -d 'GCP Compute Engine VMs: lifecycle, resize, health, autoscale'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "recover" -d 'Roll back (or finish) a plan that a crash left half-applied'
complete -c meta -n "__fish_meta_using_subcommand help; and not __fish_seen_subcommand_from init project port config secret audit instructions dns tunnel completions vm recover help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "set" -d 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "get" -d 'Print a secret\'s value alone (raw bytes, no newline added)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "list" -d 'List secrets (paths, versions, last update; never values)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "history" -d 'The versions of a secret (never values)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "delete" -d 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "undelete" -d 'Bring back a deleted secret'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "exec" -d 'Run a command with the secrets under a prefix as environment variables'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "env" -d 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "export" -d 'Write the secrets (every version) as an age file that `age -d` opens'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "import" -d 'Read back a bundle made by `export` (or any age file holding such a JSON document)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "rotate-key" -d 'Make a new data key and re-encrypt every version under it, in one transaction'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'Show the log, oldest first'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chain; exit 9 naming the first broken entry'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from instructions" -f -a "build" -d 'Write each project\'s CLAUDE.md (or its --instructions-file) from the layers'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from instructions" -f -a "list" -d 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from instructions" -f -a "diff" -d 'Show what `build` would change in one project\'s file'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from dns" -f -a "list" -d 'List the records of a zone (by name or id)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from dns" -f -a "get" -d 'Show the records of one name'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from dns" -f -a "create" -d 'Create a record (exit 4 when one of that name and type exists)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from dns" -f -a "upsert" -d 'Create a record, or change it to match; no call when it already matches'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from dns" -f -a "delete" -d 'Delete the records of a name (asks when several match)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from dns" -f -a "verify-token" -d 'Check the API token (`GET /user/tokens/verify`)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from dns" -f -a "sync" -d 'Bring a zone in line with allocations, deployments and records made by meta'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from dns" -f -a "undo" -d 'Put back the records the last applied sync of a zone changed'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from tunnel" -f -a "sync" -d 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from tunnel" -f -a "show" -d 'Show the ingress rules, managed ones marked'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from tunnel" -f -a "diff" -d 'Show the diff `sync` would write'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from tunnel" -f -a "route" -d 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "list" -d 'List the VMs of the zone (every page)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "get" -d 'Show one VM'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "start" -d 'Start a VM and wait until it runs'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "stop" -d 'Stop a VM and wait until it is stopped'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "delete" -d 'Delete a VM (asks first)'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "create" -d 'Create a VM and wait until it runs'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "resize" -d 'Change a VM\'s machine type: stop, set the type, start again'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "health" -d 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them'
complete -c meta -n "__fish_meta_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "autoscale" -d 'One autoscale evaluation along a ladder of machine types (for hourly cron)'
