
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
            cand secret 'Encrypted, versioned secrets for scripts and services'
            cand audit 'The hash-chained log of every change'
            cand instructions 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project'
            cand dns 'Cloudflare DNS records, kept in line with allocations by `dns sync`'
            cand tunnel 'cloudflared ingress rules from allocations with hostnames'
            cand completions 'Print shell completions'
            cand vm 'GCP Compute Engine VMs: lifecycle, resize, health, autoscale'
            cand recover 'Roll back (or finish) a plan that a crash left half-applied'
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
        &'meta;secret'= {
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
            cand set 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt'
            cand get 'Print a secret''s value alone (raw bytes, no newline added)'
            cand list 'List secrets (paths, versions, last update; never values)'
            cand ls 'List secrets (paths, versions, last update; never values)'
            cand history 'The versions of a secret (never values)'
            cand delete 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it'
            cand rm 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it'
            cand undelete 'Bring back a deleted secret'
            cand exec 'Run a command with the secrets under a prefix as environment variables'
            cand env 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile'
            cand export 'Write the secrets (every version) as an age file that `age -d` opens'
            cand import 'Read back a bundle made by `export` (or any age file holding such a JSON document)'
            cand rotate-key 'Make a new data key and re-encrypt every version under it, in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;secret;set'= {
            cand --from-file 'Read the value from this file (`-` for stdin)'
            cand --from-env 'Read the value from this environment variable'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --allow-empty 'Accept an empty value'
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
        &'meta;secret;get'= {
            cand --version 'An older version instead of the current one'
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
        }
        &'meta;secret;list'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --deleted 'Include deleted secrets'
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
        &'meta;secret;ls'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --deleted 'Include deleted secrets'
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
        &'meta;secret;history'= {
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
        &'meta;secret;delete'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --purge 'Destroy every version for good (asks first)'
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
        &'meta;secret;rm'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --purge 'Destroy every version for good (asks first)'
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
        &'meta;secret;undelete'= {
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
        &'meta;secret;exec'= {
            cand --prefix 'The secrets under this prefix become variables named by their last segment'
            cand --only 'Only these variables (names or last path segments, comma-separated)'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --no-inherit 'Start from an empty environment (keeping only PATH and HOME) instead of this one'
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
        &'meta;secret;env'= {
            cand --format 'format'
            cand --only 'Only these variables (names or last path segments, comma-separated)'
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
        &'meta;secret;export'= {
            cand -r 'An age recipient (`age1…`) who may open the bundle; repeat for several'
            cand --recipient 'An age recipient (`age1…`) who may open the bundle; repeat for several'
            cand --out 'Write the bundle to this file (mode 0600) instead of stdout'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand -a 'ASCII-armored (PEM) output, as `age -a` writes'
            cand --armor 'ASCII-armored (PEM) output, as `age -a` writes'
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
        &'meta;secret;import'= {
            cand -i 'The age identity file that opens the bundle (`--identity` is the global flag for the state file''s own identity)'
            cand --bundle-identity 'The age identity file that opens the bundle (`--identity` is the global flag for the state file''s own identity)'
            cand --prefix 'Put every imported path under this prefix'
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
        &'meta;secret;rotate-key'= {
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
        &'meta;secret;help'= {
            cand set 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt'
            cand get 'Print a secret''s value alone (raw bytes, no newline added)'
            cand list 'List secrets (paths, versions, last update; never values)'
            cand history 'The versions of a secret (never values)'
            cand delete 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it'
            cand undelete 'Bring back a deleted secret'
            cand exec 'Run a command with the secrets under a prefix as environment variables'
            cand env 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile'
            cand export 'Write the secrets (every version) as an age file that `age -d` opens'
            cand import 'Read back a bundle made by `export` (or any age file holding such a JSON document)'
            cand rotate-key 'Make a new data key and re-encrypt every version under it, in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;secret;help;set'= {
        }
        &'meta;secret;help;get'= {
        }
        &'meta;secret;help;list'= {
        }
        &'meta;secret;help;history'= {
        }
        &'meta;secret;help;delete'= {
        }
        &'meta;secret;help;undelete'= {
        }
        &'meta;secret;help;exec'= {
        }
        &'meta;secret;help;env'= {
        }
        &'meta;secret;help;export'= {
        }
        &'meta;secret;help;import'= {
        }
        &'meta;secret;help;rotate-key'= {
        }
        &'meta;secret;help;help'= {
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
        &'meta;dns'= {
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
            cand list 'List the records of a zone (by name or id)'
            cand ls 'List the records of a zone (by name or id)'
            cand get 'Show the records of one name'
            cand create 'Create a record (exit 4 when one of that name and type exists)'
            cand upsert 'Create a record, or change it to match; no call when it already matches'
            cand delete 'Delete the records of a name (asks when several match)'
            cand rm 'Delete the records of a name (asks when several match)'
            cand verify-token 'Check the API token (`GET /user/tokens/verify`)'
            cand sync 'Bring a zone in line with allocations, deployments and records made by meta'
            cand undo 'Put back the records the last applied sync of a zone changed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;dns;list'= {
            cand --type 'type'
            cand --name 'Only records of this name (relative names get the zone appended)'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;dns;ls'= {
            cand --type 'type'
            cand --name 'Only records of this name (relative names get the zone appended)'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;dns;get'= {
            cand --type 'type'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;dns;create'= {
            cand --type 'Record type'
            cand --content 'Record content: target name, address or text'
            cand --ttl 'TTL in seconds: 1 (automatic) or 60-86400'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --proxied 'Serve through Cloudflare''s proxy (A, AAAA and CNAME only; TTL becomes automatic)'
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
        &'meta;dns;upsert'= {
            cand --type 'Record type'
            cand --content 'Record content: target name, address or text'
            cand --ttl 'TTL in seconds: 1 (automatic) or 60-86400'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --proxied 'Serve through Cloudflare''s proxy (A, AAAA and CNAME only; TTL becomes automatic)'
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
        &'meta;dns;delete'= {
            cand --type 'type'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;dns;rm'= {
            cand --type 'type'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;dns;verify-token'= {
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;dns;sync'= {
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --check 'Change nothing; exit 8 when the zone differs from the desired records'
            cand --force 'Also overwrite records edited outside meta, and allow sweeping plans'
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
        &'meta;dns;undo'= {
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;dns;help'= {
            cand list 'List the records of a zone (by name or id)'
            cand get 'Show the records of one name'
            cand create 'Create a record (exit 4 when one of that name and type exists)'
            cand upsert 'Create a record, or change it to match; no call when it already matches'
            cand delete 'Delete the records of a name (asks when several match)'
            cand verify-token 'Check the API token (`GET /user/tokens/verify`)'
            cand sync 'Bring a zone in line with allocations, deployments and records made by meta'
            cand undo 'Put back the records the last applied sync of a zone changed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;dns;help;list'= {
        }
        &'meta;dns;help;get'= {
        }
        &'meta;dns;help;create'= {
        }
        &'meta;dns;help;upsert'= {
        }
        &'meta;dns;help;delete'= {
        }
        &'meta;dns;help;verify-token'= {
        }
        &'meta;dns;help;sync'= {
        }
        &'meta;dns;help;undo'= {
        }
        &'meta;dns;help;help'= {
        }
        &'meta;tunnel'= {
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
            cand sync 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)'
            cand show 'Show the ingress rules, managed ones marked'
            cand diff 'Show the diff `sync` would write'
            cand route 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;tunnel;sync'= {
            cand --config 'The cloudflared config, as a path on this machine [default: paths.cloudflared_config under --root]'
            cand --ready-timeout 'Seconds to wait for /ready after a restart'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --remote 'Put the rules to the remotely-managed tunnel through the API instead'
            cand --restart 'Restart cloudflared after writing, wait for /ready, roll back if it never is'
            cand --check 'Change nothing; exit 8 when the ingress differs'
            cand --force 'Write the rules even where a hand-written rule above them takes their hostname'
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
        &'meta;tunnel;show'= {
            cand --config 'config'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --remote 'Show the remote tunnel''s rules'
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
        &'meta;tunnel;diff'= {
            cand --config 'config'
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;tunnel;route'= {
            cand --retry-budget 'Longest time, in seconds, to keep retrying rate-limited or failing API calls'
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
        &'meta;tunnel;help'= {
            cand sync 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)'
            cand show 'Show the ingress rules, managed ones marked'
            cand diff 'Show the diff `sync` would write'
            cand route 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;tunnel;help;sync'= {
        }
        &'meta;tunnel;help;show'= {
        }
        &'meta;tunnel;help;diff'= {
        }
        &'meta;tunnel;help;route'= {
        }
        &'meta;tunnel;help;help'= {
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
        &'meta;vm'= {
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
            cand list 'List the VMs of the zone (every page)'
            cand ls 'List the VMs of the zone (every page)'
            cand get 'Show one VM'
            cand start 'Start a VM and wait until it runs'
            cand stop 'Stop a VM and wait until it is stopped'
            cand delete 'Delete a VM (asks first)'
            cand create 'Create a VM and wait until it runs'
            cand resize 'Change a VM''s machine type: stop, set the type, start again'
            cand health 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them'
            cand autoscale 'One autoscale evaluation along a ladder of machine types (for hourly cron)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;vm;list'= {
            cand --filter 'A Compute Engine filter expression, like `status = RUNNING`'
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;ls'= {
            cand --filter 'A Compute Engine filter expression, like `status = RUNNING`'
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;get'= {
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;start'= {
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;stop'= {
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;delete'= {
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;create'= {
            cand --machine-type 'machine-type'
            cand --image-family 'image-family'
            cand --image-project 'image-project'
            cand --disk-gb 'Boot disk size in GB'
            cand --network 'network'
            cand --tags 'Network tags, comma-separated'
            cand --labels 'Labels KEY=VALUE, comma-separated or repeated'
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;resize'= {
            cand --machine-type 'The new machine type, like e2-standard-2'
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;health'= {
            cand --minutes 'The window, in minutes back from now'
            cand --warn-cpu 'Unhealthy (exit 9) when mean or max CPU is above this percentage'
            cand --warn-mem 'Unhealthy (exit 9) when memory used is above this percentage'
            cand --warn-disk 'Unhealthy (exit 9) when a disk is fuller than this percentage'
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;autoscale'= {
            cand --ladder 'Machine types from smallest to largest, comma-separated; the VM must be on it'
            cand --up-avg 'Go up a rung when mean CPU over the window is above this percentage'
            cand --up-max 'Go up a rung when max CPU over the window is above this percentage'
            cand --down-avg 'Go down a rung when mean CPU is below this and max below --up-avg'
            cand --minutes 'The window, in minutes back from now'
            cand --cooldown 'No resize sooner than this after the last one (like 6h, 90m, 1d)'
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
            cand history 'The decisions recorded for a VM, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;vm;autoscale;history'= {
            cand --limit 'At most this many of the newest'
            cand --project 'GCP project [default: config gcp.project, else the key''s project_id]'
            cand --zone 'Compute Engine zone [default: config gcp.zone]'
            cand --account 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]'
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
        &'meta;vm;autoscale;help'= {
            cand history 'The decisions recorded for a VM, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;vm;autoscale;help;history'= {
        }
        &'meta;vm;autoscale;help;help'= {
        }
        &'meta;vm;help'= {
            cand list 'List the VMs of the zone (every page)'
            cand get 'Show one VM'
            cand start 'Start a VM and wait until it runs'
            cand stop 'Stop a VM and wait until it is stopped'
            cand delete 'Delete a VM (asks first)'
            cand create 'Create a VM and wait until it runs'
            cand resize 'Change a VM''s machine type: stop, set the type, start again'
            cand health 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them'
            cand autoscale 'One autoscale evaluation along a ladder of machine types (for hourly cron)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'meta;vm;help;list'= {
        }
        &'meta;vm;help;get'= {
        }
        &'meta;vm;help;start'= {
        }
        &'meta;vm;help;stop'= {
        }
        &'meta;vm;help;delete'= {
        }
        &'meta;vm;help;create'= {
        }
        &'meta;vm;help;resize'= {
        }
        &'meta;vm;help;health'= {
        }
        &'meta;vm;help;autoscale'= {
            cand history 'The decisions recorded for a VM, oldest first'
        }
        &'meta;vm;help;autoscale;history'= {
        }
        &'meta;vm;help;help'= {
        }
        &'meta;recover'= {
            cand --home 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]'
            cand --state 'The SQLite state file, if not <home>/state.db'
            cand --root 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR'
            cand --identity 'The age identity that opens the data key, if not <home>/identity.txt'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --forward 'Finish the interrupted plan instead of rolling it back'
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
            cand secret 'Encrypted, versioned secrets for scripts and services'
            cand audit 'The hash-chained log of every change'
            cand instructions 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project'
            cand dns 'Cloudflare DNS records, kept in line with allocations by `dns sync`'
            cand tunnel 'cloudflared ingress rules from allocations with hostnames'
            cand completions 'Print shell completions'
            cand vm 'GCP Compute Engine VMs: lifecycle, resize, health, autoscale'
            cand recover 'Roll back (or finish) a plan that a crash left half-applied'
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
        &'meta;help;secret'= {
            cand set 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt'
            cand get 'Print a secret''s value alone (raw bytes, no newline added)'
            cand list 'List secrets (paths, versions, last update; never values)'
            cand history 'The versions of a secret (never values)'
            cand delete 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it'
            cand undelete 'Bring back a deleted secret'
            cand exec 'Run a command with the secrets under a prefix as environment variables'
            cand env 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile'
            cand export 'Write the secrets (every version) as an age file that `age -d` opens'
            cand import 'Read back a bundle made by `export` (or any age file holding such a JSON document)'
            cand rotate-key 'Make a new data key and re-encrypt every version under it, in one transaction'
        }
        &'meta;help;secret;set'= {
        }
        &'meta;help;secret;get'= {
        }
        &'meta;help;secret;list'= {
        }
        &'meta;help;secret;history'= {
        }
        &'meta;help;secret;delete'= {
        }
        &'meta;help;secret;undelete'= {
        }
        &'meta;help;secret;exec'= {
        }
        &'meta;help;secret;env'= {
        }
        &'meta;help;secret;export'= {
        }
        &'meta;help;secret;import'= {
        }
        &'meta;help;secret;rotate-key'= {
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
        &'meta;help;dns'= {
            cand list 'List the records of a zone (by name or id)'
            cand get 'Show the records of one name'
            cand create 'Create a record (exit 4 when one of that name and type exists)'
            cand upsert 'Create a record, or change it to match; no call when it already matches'
            cand delete 'Delete the records of a name (asks when several match)'
            cand verify-token 'Check the API token (`GET /user/tokens/verify`)'
            cand sync 'Bring a zone in line with allocations, deployments and records made by meta'
            cand undo 'Put back the records the last applied sync of a zone changed'
        }
        &'meta;help;dns;list'= {
        }
        &'meta;help;dns;get'= {
        }
        &'meta;help;dns;create'= {
        }
        &'meta;help;dns;upsert'= {
        }
        &'meta;help;dns;delete'= {
        }
        &'meta;help;dns;verify-token'= {
        }
        &'meta;help;dns;sync'= {
        }
        &'meta;help;dns;undo'= {
        }
        &'meta;help;tunnel'= {
            cand sync 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)'
            cand show 'Show the ingress rules, managed ones marked'
            cand diff 'Show the diff `sync` would write'
            cand route 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com'
        }
        &'meta;help;tunnel;sync'= {
        }
        &'meta;help;tunnel;show'= {
        }
        &'meta;help;tunnel;diff'= {
        }
        &'meta;help;tunnel;route'= {
        }
        &'meta;help;completions'= {
        }
        &'meta;help;vm'= {
            cand list 'List the VMs of the zone (every page)'
            cand get 'Show one VM'
            cand start 'Start a VM and wait until it runs'
            cand stop 'Stop a VM and wait until it is stopped'
            cand delete 'Delete a VM (asks first)'
            cand create 'Create a VM and wait until it runs'
            cand resize 'Change a VM''s machine type: stop, set the type, start again'
            cand health 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them'
            cand autoscale 'One autoscale evaluation along a ladder of machine types (for hourly cron)'
        }
        &'meta;help;vm;list'= {
        }
        &'meta;help;vm;get'= {
        }
        &'meta;help;vm;start'= {
        }
        &'meta;help;vm;stop'= {
        }
        &'meta;help;vm;delete'= {
        }
        &'meta;help;vm;create'= {
        }
        &'meta;help;vm;resize'= {
        }
        &'meta;help;vm;health'= {
        }
        &'meta;help;vm;autoscale'= {
            cand history 'The decisions recorded for a VM, oldest first'
        }
        &'meta;help;vm;autoscale;history'= {
        }
        &'meta;help;recover'= {
        }
        &'meta;help;help'= {
        }
    ]
    $completions[$command]
}
