
use builtin;
use str;

set edit:completion:arg-completer[meta] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'meta'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'meta'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the home folder, state file, identity and data key (idempotent)'
            cand project 'The project registry: names, folders and port ranges'
            cand port 'Ports promised to services: allocate, reserve, audit, import'
            cand config 'Read and edit config.toml (comments kept)'
            cand audit 'The hash-chained log of every change'
            cand instructions 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;init'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;project'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a project; without --range it gets the next free 1000-port block at or above 3000'
            cand list 'List the projects'
            cand ls 'List the projects'
            cand show 'Show one project and what it owns'
            cand rm 'Remove a project (refused while it owns anything, unless --force)'
            cand remove 'Remove a project (refused while it owns anything, unless --force)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;project;add'= {
            cand --path 'The project''s folder (stored canonical)'
            cand --range 'Its port range, START-END'
            cand --instructions-file 'The assistant instructions file `meta instructions build` writes [default: CLAUDE.md]'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;project;list'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;project;ls'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;project;show'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;project;rm'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --force 'Also remove its allocations, deployments and dev environments (asks first)'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;project;remove'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --force 'Also remove its allocations, deployments and dev environments (asks first)'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;project;help'= {
            cand add 'Register a project; without --range it gets the next free 1000-port block at or above 3000'
            cand list 'List the projects'
            cand show 'Show one project and what it owns'
            cand rm 'Remove a project (refused while it owns anything, unless --force)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;project;help;add'= {
        }
        &'meta;project;help;list'= {
        }
        &'meta;project;help;show'= {
        }
        &'meta;project;help;rm'= {
        }
        &'meta;project;help;help'= {
        }
        &'meta;port'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand allocate 'Get-or-allocate: the same port on every call for the same project and service'
            cand get 'Print a service''s port (exit 3 if it has none)'
            cand list 'List allocations, with their hostname and whether they are listening now'
            cand ls 'List allocations, with their hostname and whether they are listening now'
            cand release 'Give a service''s port back'
            cand reserve 'Keep a port or range away from every allocation'
            cand unreserve 'Remove the reservations that lie within a port or range'
            cand reservations 'List the reservations'
            cand audit 'Compare allocations with the sockets listening now (exit 9 on any finding)'
            cand import 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;port;allocate'= {
            cand --hostname 'The DNS name that routes to this service (held by one allocation at most)'
            cand --port 'Ask for this port (it must be in the project''s range, free and not listening)'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --wildcard 'Allow a wildcard hostname (`*.example.com`)'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;get'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;list'= {
            cand --project 'Only this project''s'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;ls'= {
            cand --project 'Only this project''s'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;release'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;reserve'= {
            cand --reason 'Why (shown when an allocation is refused)'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;unreserve'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;reservations'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;audit'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;import'= {
            cand --project 'Only inside this project''s range'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;port;help'= {
            cand allocate 'Get-or-allocate: the same port on every call for the same project and service'
            cand get 'Print a service''s port (exit 3 if it has none)'
            cand list 'List allocations, with their hostname and whether they are listening now'
            cand release 'Give a service''s port back'
            cand reserve 'Keep a port or range away from every allocation'
            cand unreserve 'Remove the reservations that lie within a port or range'
            cand reservations 'List the reservations'
            cand audit 'Compare allocations with the sockets listening now (exit 9 on any finding)'
            cand import 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;port;help;allocate'= {
        }
        &'meta;port;help;get'= {
        }
        &'meta;port;help;list'= {
        }
        &'meta;port;help;release'= {
        }
        &'meta;port;help;reserve'= {
        }
        &'meta;port;help;unreserve'= {
        }
        &'meta;port;help;reservations'= {
        }
        &'meta;port;help;audit'= {
        }
        &'meta;port;help;import'= {
        }
        &'meta;port;help;help'= {
        }
        &'meta;config'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print the value in force for KEY (environment, then config.toml, then default)'
            cand set 'Set KEY to VALUE in config.toml (lists comma-separated)'
            cand unset 'Remove KEY from config.toml'
            cand list 'Every setting, its value and where the value comes from'
            cand ls 'Every setting, its value and where the value comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;config;get'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;config;set'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;config;unset'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;config;list'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;config;ls'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;config;help'= {
            cand get 'Print the value in force for KEY (environment, then config.toml, then default)'
            cand set 'Set KEY to VALUE in config.toml (lists comma-separated)'
            cand unset 'Remove KEY from config.toml'
            cand list 'Every setting, its value and where the value comes from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;config;help;get'= {
        }
        &'meta;config;help;set'= {
        }
        &'meta;config;help;unset'= {
        }
        &'meta;config;help;list'= {
        }
        &'meta;config;help;help'= {
        }
        &'meta;audit'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand log 'Show the log, oldest first'
            cand verify 'Check the hash chain; exit 9 naming the first broken entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;audit;log'= {
            cand --since 'Only entries at or after T: RFC 3339 time, a date, or an age (30m, 12h, 7d)'
            cand --target 'Only entries whose target starts with PREFIX (e.g. `project/`, `secret/app/`)'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;audit;verify'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;audit;help'= {
            cand log 'Show the log, oldest first'
            cand verify 'Check the hash chain; exit 9 naming the first broken entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;audit;help;log'= {
        }
        &'meta;audit;help;verify'= {
        }
        &'meta;audit;help;help'= {
        }
        &'meta;instructions'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand build 'Write each project''s CLAUDE.md (or its --instructions-file) from the layers'
            cand list 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
            cand ls 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
            cand diff 'Show what `build` would change in one project''s file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;instructions;build'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --all 'Build every project that has a folder'
            cand --check 'Write nothing; exit 8 when any file is stale, edited by hand or missing'
            cand --adopt 'Move hand edits into .claude-specific/90-adopted.md, then rebuild'
            cand --force 'Overwrite a file edited by hand'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;instructions;list'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;instructions;ls'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;instructions;diff'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;instructions;help'= {
            cand build 'Write each project''s CLAUDE.md (or its --instructions-file) from the layers'
            cand list 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
            cand diff 'Show what `build` would change in one project''s file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;instructions;help;build'= {
        }
        &'meta;instructions;help;list'= {
        }
        &'meta;instructions;help;diff'= {
        }
        &'meta;instructions;help;help'= {
        }
        &'meta;completions'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --dry-run 'Print the plan (diffs, API calls, service actions) and change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Less talk on stderr'
            cand --quiet 'Less talk on stderr'
            cand -v 'More detail on stderr'
            cand --verbose 'More detail on stderr'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'meta;help'= {
            cand init 'Create the home folder, state file, identity and data key (idempotent)'
            cand project 'The project registry: names, folders and port ranges'
            cand port 'Ports promised to services: allocate, reserve, audit, import'
            cand config 'Read and edit config.toml (comments kept)'
            cand audit 'The hash-chained log of every change'
            cand instructions 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;help;init'= {
        }
        &'meta;help;project'= {
            cand add 'Register a project; without --range it gets the next free 1000-port block at or above 3000'
            cand list 'List the projects'
            cand show 'Show one project and what it owns'
            cand rm 'Remove a project (refused while it owns anything, unless --force)'
        }
        &'meta;help;project;add'= {
        }
        &'meta;help;project;list'= {
        }
        &'meta;help;project;show'= {
        }
        &'meta;help;project;rm'= {
        }
        &'meta;help;port'= {
            cand allocate 'Get-or-allocate: the same port on every call for the same project and service'
            cand get 'Print a service''s port (exit 3 if it has none)'
            cand list 'List allocations, with their hostname and whether they are listening now'
            cand release 'Give a service''s port back'
            cand reserve 'Keep a port or range away from every allocation'
            cand unreserve 'Remove the reservations that lie within a port or range'
            cand reservations 'List the reservations'
            cand audit 'Compare allocations with the sockets listening now (exit 9 on any finding)'
            cand import 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)'
        }
        &'meta;help;port;allocate'= {
        }
        &'meta;help;port;get'= {
        }
        &'meta;help;port;list'= {
        }
        &'meta;help;port;release'= {
        }
        &'meta;help;port;reserve'= {
        }
        &'meta;help;port;unreserve'= {
        }
        &'meta;help;port;reservations'= {
        }
        &'meta;help;port;audit'= {
        }
        &'meta;help;port;import'= {
        }
        &'meta;help;config'= {
            cand get 'Print the value in force for KEY (environment, then config.toml, then default)'
            cand set 'Set KEY to VALUE in config.toml (lists comma-separated)'
            cand unset 'Remove KEY from config.toml'
            cand list 'Every setting, its value and where the value comes from'
        }
        &'meta;help;config;get'= {
        }
        &'meta;help;config;set'= {
        }
        &'meta;help;config;unset'= {
        }
        &'meta;help;config;list'= {
        }
        &'meta;help;audit'= {
            cand log 'Show the log, oldest first'
            cand verify 'Check the hash chain; exit 9 naming the first broken entry'
        }
        &'meta;help;audit;log'= {
        }
        &'meta;help;audit;verify'= {
        }
        &'meta;help;instructions'= {
            cand build 'Write each project''s CLAUDE.md (or its --instructions-file) from the layers'
            cand list 'Each project, its layers, and whether its file is fresh, stale, edited or missing'
            cand diff 'Show what `build` would change in one project''s file'
        }
        &'meta;help;instructions;build'= {
        }
        &'meta;help;instructions;list'= {
        }
        &'meta;help;instructions;diff'= {
        }
        &'meta;help;completions'= {
        }
        &'meta;help;help'= {
        }
    ]
    $completions[$command]
}
