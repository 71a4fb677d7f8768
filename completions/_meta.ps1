
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'meta' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'meta'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'meta' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the home folder, state file, identity and data key (idempotent)')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'The project registry: names, folders and port ranges')
            [CompletionResult]::new('port', 'port', [CompletionResultType]::ParameterValue, 'Ports promised to services: allocate, reserve, audit, import')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and edit config.toml (comments kept)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Encrypted, versioned secrets for scripts and services')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The hash-chained log of every change')
            [CompletionResult]::new('instructions', 'instructions', [CompletionResultType]::ParameterValue, 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project')
            [CompletionResult]::new('dns', 'dns', [CompletionResultType]::ParameterValue, 'Cloudflare DNS records, kept in line with allocations by `dns sync`')
            [CompletionResult]::new('tunnel', 'tunnel', [CompletionResultType]::ParameterValue, 'cloudflared ingress rules from allocations with hostnames')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('vm', 'vm', [CompletionResultType]::ParameterValue, 'GCP Compute Engine VMs: lifecycle, resize, health, autoscale')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Roll back (or finish) a plan that a crash left half-applied')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;init' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;project' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a project; without --range it gets the next free 1000-port block at or above 3000')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the projects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one project and what it owns')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a project (refused while it owns anything, unless --force)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a project (refused while it owns anything, unless --force)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;project;add' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'The project''s folder (stored canonical)')
            [CompletionResult]::new('--range', '--range', [CompletionResultType]::ParameterName, 'Its port range, START-END')
            [CompletionResult]::new('--instructions-file', '--instructions-file', [CompletionResultType]::ParameterName, 'The assistant instructions file `meta instructions build` writes [default: CLAUDE.md]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;project;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;project;ls' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;project;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;project;rm' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also remove its allocations, deployments and dev environments (asks first)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;project;remove' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also remove its allocations, deployments and dev environments (asks first)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;project;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a project; without --range it gets the next free 1000-port block at or above 3000')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one project and what it owns')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a project (refused while it owns anything, unless --force)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;project;help;add' {
            break
        }
        'meta;project;help;list' {
            break
        }
        'meta;project;help;show' {
            break
        }
        'meta;project;help;rm' {
            break
        }
        'meta;project;help;help' {
            break
        }
        'meta;port' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('allocate', 'allocate', [CompletionResultType]::ParameterValue, 'Get-or-allocate: the same port on every call for the same project and service')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a service''s port (exit 3 if it has none)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List allocations, with their hostname and whether they are listening now')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List allocations, with their hostname and whether they are listening now')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Give a service''s port back')
            [CompletionResult]::new('reserve', 'reserve', [CompletionResultType]::ParameterValue, 'Keep a port or range away from every allocation')
            [CompletionResult]::new('unreserve', 'unreserve', [CompletionResultType]::ParameterValue, 'Remove the reservations that lie within a port or range')
            [CompletionResult]::new('reservations', 'reservations', [CompletionResultType]::ParameterValue, 'List the reservations')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Compare allocations with the sockets listening now (exit 9 on any finding)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;port;allocate' {
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'The DNS name that routes to this service (held by one allocation at most)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Ask for this port (it must be in the project''s range, free and not listening)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--wildcard', '--wildcard', [CompletionResultType]::ParameterName, 'Allow a wildcard hostname (`*.example.com`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;get' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;list' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only this project''s')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;ls' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only this project''s')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;release' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;reserve' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (shown when an allocation is refused)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;unreserve' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;reservations' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;audit' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;import' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only inside this project''s range')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;port;help' {
            [CompletionResult]::new('allocate', 'allocate', [CompletionResultType]::ParameterValue, 'Get-or-allocate: the same port on every call for the same project and service')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a service''s port (exit 3 if it has none)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List allocations, with their hostname and whether they are listening now')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Give a service''s port back')
            [CompletionResult]::new('reserve', 'reserve', [CompletionResultType]::ParameterValue, 'Keep a port or range away from every allocation')
            [CompletionResult]::new('unreserve', 'unreserve', [CompletionResultType]::ParameterValue, 'Remove the reservations that lie within a port or range')
            [CompletionResult]::new('reservations', 'reservations', [CompletionResultType]::ParameterValue, 'List the reservations')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Compare allocations with the sockets listening now (exit 9 on any finding)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;port;help;allocate' {
            break
        }
        'meta;port;help;get' {
            break
        }
        'meta;port;help;list' {
            break
        }
        'meta;port;help;release' {
            break
        }
        'meta;port;help;reserve' {
            break
        }
        'meta;port;help;unreserve' {
            break
        }
        'meta;port;help;reservations' {
            break
        }
        'meta;port;help;audit' {
            break
        }
        'meta;port;help;import' {
            break
        }
        'meta;port;help;help' {
            break
        }
        'meta;config' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value in force for KEY (environment, then config.toml, then default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set KEY to VALUE in config.toml (lists comma-separated)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove KEY from config.toml')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting, its value and where the value comes from')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Every setting, its value and where the value comes from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;config;get' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;config;set' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;config;unset' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;config;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;config;ls' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value in force for KEY (environment, then config.toml, then default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set KEY to VALUE in config.toml (lists comma-separated)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove KEY from config.toml')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting, its value and where the value comes from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;config;help;get' {
            break
        }
        'meta;config;help;set' {
            break
        }
        'meta;config;help;unset' {
            break
        }
        'meta;config;help;list' {
            break
        }
        'meta;config;help;help' {
            break
        }
        'meta;secret' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value alone (raw bytes, no newline added)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets (paths, versions, last update; never values)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List secrets (paths, versions, last update; never values)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The versions of a secret (never values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it')
            [CompletionResult]::new('undelete', 'undelete', [CompletionResultType]::ParameterValue, 'Bring back a deleted secret')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with the secrets under a prefix as environment variables')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the secrets (every version) as an age file that `age -d` opens')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read back a bundle made by `export` (or any age file holding such a JSON document)')
            [CompletionResult]::new('rotate-key', 'rotate-key', [CompletionResultType]::ParameterValue, 'Make a new data key and re-encrypt every version under it, in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;secret;set' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the value from this file (`-` for stdin)')
            [CompletionResult]::new('--from-env', '--from-env', [CompletionResultType]::ParameterName, 'Read the value from this environment variable')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--allow-empty', '--allow-empty', [CompletionResultType]::ParameterName, 'Accept an empty value')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;get' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'An older version instead of the current one')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'meta;secret;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Include deleted secrets')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;ls' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--deleted', '--deleted', [CompletionResultType]::ParameterName, 'Include deleted secrets')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;history' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Destroy every version for good (asks first)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;rm' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Destroy every version for good (asks first)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;undelete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;exec' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The secrets under this prefix become variables named by their last segment')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Only these variables (names or last path segments, comma-separated)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--no-inherit', '--no-inherit', [CompletionResultType]::ParameterName, 'Start from an empty environment (keeping only PATH and HOME) instead of this one')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;env' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Only these variables (names or last path segments, comma-separated)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;export' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'An age recipient (`age1…`) who may open the bundle; repeat for several')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'An age recipient (`age1…`) who may open the bundle; repeat for several')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the bundle to this file (mode 0600) instead of stdout')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'ASCII-armored (PEM) output, as `age -a` writes')
            [CompletionResult]::new('--armor', '--armor', [CompletionResultType]::ParameterName, 'ASCII-armored (PEM) output, as `age -a` writes')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;import' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'The age identity file that opens the bundle (`--identity` is the global flag for the state file''s own identity)')
            [CompletionResult]::new('--bundle-identity', '--bundle-identity', [CompletionResultType]::ParameterName, 'The age identity file that opens the bundle (`--identity` is the global flag for the state file''s own identity)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Put every imported path under this prefix')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;rotate-key' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;secret;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value alone (raw bytes, no newline added)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets (paths, versions, last update; never values)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The versions of a secret (never values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it')
            [CompletionResult]::new('undelete', 'undelete', [CompletionResultType]::ParameterValue, 'Bring back a deleted secret')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with the secrets under a prefix as environment variables')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the secrets (every version) as an age file that `age -d` opens')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read back a bundle made by `export` (or any age file holding such a JSON document)')
            [CompletionResult]::new('rotate-key', 'rotate-key', [CompletionResultType]::ParameterValue, 'Make a new data key and re-encrypt every version under it, in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;secret;help;set' {
            break
        }
        'meta;secret;help;get' {
            break
        }
        'meta;secret;help;list' {
            break
        }
        'meta;secret;help;history' {
            break
        }
        'meta;secret;help;delete' {
            break
        }
        'meta;secret;help;undelete' {
            break
        }
        'meta;secret;help;exec' {
            break
        }
        'meta;secret;help;env' {
            break
        }
        'meta;secret;help;export' {
            break
        }
        'meta;secret;help;import' {
            break
        }
        'meta;secret;help;rotate-key' {
            break
        }
        'meta;secret;help;help' {
            break
        }
        'meta;audit' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the log, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; exit 9 naming the first broken entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;audit;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after T: RFC 3339 time, a date, or an age (30m, 12h, 7d)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only entries whose target starts with PREFIX (e.g. `project/`, `secret/app/`)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;audit;verify' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;audit;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the log, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; exit 9 naming the first broken entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;audit;help;log' {
            break
        }
        'meta;audit;help;verify' {
            break
        }
        'meta;audit;help;help' {
            break
        }
        'meta;instructions' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Write each project''s CLAUDE.md (or its --instructions-file) from the layers')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each project, its layers, and whether its file is fresh, stale, edited or missing')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Each project, its layers, and whether its file is fresh, stale, edited or missing')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `build` would change in one project''s file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;instructions;build' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Build every project that has a folder')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Write nothing; exit 8 when any file is stale, edited by hand or missing')
            [CompletionResult]::new('--adopt', '--adopt', [CompletionResultType]::ParameterName, 'Move hand edits into .claude-specific/90-adopted.md, then rebuild')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite a file edited by hand')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;instructions;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;instructions;ls' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;instructions;diff' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;instructions;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Write each project''s CLAUDE.md (or its --instructions-file) from the layers')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each project, its layers, and whether its file is fresh, stale, edited or missing')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `build` would change in one project''s file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;instructions;help;build' {
            break
        }
        'meta;instructions;help;list' {
            break
        }
        'meta;instructions;help;diff' {
            break
        }
        'meta;instructions;help;help' {
            break
        }
        'meta;dns' {
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the records of a zone (by name or id)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the records of a zone (by name or id)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the records of one name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record (exit 4 when one of that name and type exists)')
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create a record, or change it to match; no call when it already matches')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the records of a name (asks when several match)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete the records of a name (asks when several match)')
            [CompletionResult]::new('verify-token', 'verify-token', [CompletionResultType]::ParameterValue, 'Check the API token (`GET /user/tokens/verify`)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Bring a zone in line with allocations, deployments and records made by meta')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Put back the records the last applied sync of a zone changed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;dns;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only records of this name (relative names get the zone appended)')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;ls' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only records of this name (relative names get the zone appended)')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;get' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Record type')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'Record content: target name, address or text')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'TTL in seconds: 1 (automatic) or 60-86400')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--proxied', '--proxied', [CompletionResultType]::ParameterName, 'Serve through Cloudflare''s proxy (A, AAAA and CNAME only; TTL becomes automatic)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;upsert' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Record type')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'Record content: target name, address or text')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'TTL in seconds: 1 (automatic) or 60-86400')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--proxied', '--proxied', [CompletionResultType]::ParameterName, 'Serve through Cloudflare''s proxy (A, AAAA and CNAME only; TTL becomes automatic)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;delete' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;rm' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;verify-token' {
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;sync' {
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Change nothing; exit 8 when the zone differs from the desired records')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also overwrite records edited outside meta, and allow sweeping plans')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;undo' {
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;dns;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the records of a zone (by name or id)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the records of one name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record (exit 4 when one of that name and type exists)')
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create a record, or change it to match; no call when it already matches')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the records of a name (asks when several match)')
            [CompletionResult]::new('verify-token', 'verify-token', [CompletionResultType]::ParameterValue, 'Check the API token (`GET /user/tokens/verify`)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Bring a zone in line with allocations, deployments and records made by meta')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Put back the records the last applied sync of a zone changed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;dns;help;list' {
            break
        }
        'meta;dns;help;get' {
            break
        }
        'meta;dns;help;create' {
            break
        }
        'meta;dns;help;upsert' {
            break
        }
        'meta;dns;help;delete' {
            break
        }
        'meta;dns;help;verify-token' {
            break
        }
        'meta;dns;help;sync' {
            break
        }
        'meta;dns;help;undo' {
            break
        }
        'meta;dns;help;help' {
            break
        }
        'meta;tunnel' {
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the ingress rules, managed ones marked')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show the diff `sync` would write')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;tunnel;sync' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The cloudflared config, as a path on this machine [default: paths.cloudflared_config under --root]')
            [CompletionResult]::new('--ready-timeout', '--ready-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for /ready after a restart')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Put the rules to the remotely-managed tunnel through the API instead')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart cloudflared after writing, wait for /ready, roll back if it never is')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Change nothing; exit 8 when the ingress differs')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write the rules even where a hand-written rule above them takes their hostname')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;tunnel;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'config')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Show the remote tunnel''s rules')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;tunnel;diff' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'config')
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;tunnel;route' {
            [CompletionResult]::new('--retry-budget', '--retry-budget', [CompletionResultType]::ParameterName, 'Longest time, in seconds, to keep retrying rate-limited or failing API calls')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;tunnel;help' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the ingress rules, managed ones marked')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show the diff `sync` would write')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;tunnel;help;sync' {
            break
        }
        'meta;tunnel;help;show' {
            break
        }
        'meta;tunnel;help;diff' {
            break
        }
        'meta;tunnel;help;route' {
            break
        }
        'meta;tunnel;help;help' {
            break
        }
        'meta;completions' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the VMs of the zone (every page)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the VMs of the zone (every page)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one VM')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a VM and wait until it runs')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a VM and wait until it is stopped')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a VM (asks first)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a VM and wait until it runs')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Change a VM''s machine type: stop, set the type, start again')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them')
            [CompletionResult]::new('autoscale', 'autoscale', [CompletionResultType]::ParameterValue, 'One autoscale evaluation along a ladder of machine types (for hourly cron)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;vm;list' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'A Compute Engine filter expression, like `status = RUNNING`')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;ls' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'A Compute Engine filter expression, like `status = RUNNING`')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;get' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;start' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;stop' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;delete' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;create' {
            [CompletionResult]::new('--machine-type', '--machine-type', [CompletionResultType]::ParameterName, 'machine-type')
            [CompletionResult]::new('--image-family', '--image-family', [CompletionResultType]::ParameterName, 'image-family')
            [CompletionResult]::new('--image-project', '--image-project', [CompletionResultType]::ParameterName, 'image-project')
            [CompletionResult]::new('--disk-gb', '--disk-gb', [CompletionResultType]::ParameterName, 'Boot disk size in GB')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'network')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Network tags, comma-separated')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'Labels KEY=VALUE, comma-separated or repeated')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;resize' {
            [CompletionResult]::new('--machine-type', '--machine-type', [CompletionResultType]::ParameterName, 'The new machine type, like e2-standard-2')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;health' {
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'The window, in minutes back from now')
            [CompletionResult]::new('--warn-cpu', '--warn-cpu', [CompletionResultType]::ParameterName, 'Unhealthy (exit 9) when mean or max CPU is above this percentage')
            [CompletionResult]::new('--warn-mem', '--warn-mem', [CompletionResultType]::ParameterName, 'Unhealthy (exit 9) when memory used is above this percentage')
            [CompletionResult]::new('--warn-disk', '--warn-disk', [CompletionResultType]::ParameterName, 'Unhealthy (exit 9) when a disk is fuller than this percentage')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;autoscale' {
            [CompletionResult]::new('--ladder', '--ladder', [CompletionResultType]::ParameterName, 'Machine types from smallest to largest, comma-separated; the VM must be on it')
            [CompletionResult]::new('--up-avg', '--up-avg', [CompletionResultType]::ParameterName, 'Go up a rung when mean CPU over the window is above this percentage')
            [CompletionResult]::new('--up-max', '--up-max', [CompletionResultType]::ParameterName, 'Go up a rung when max CPU over the window is above this percentage')
            [CompletionResult]::new('--down-avg', '--down-avg', [CompletionResultType]::ParameterName, 'Go down a rung when mean CPU is below this and max below --up-avg')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'The window, in minutes back from now')
            [CompletionResult]::new('--cooldown', '--cooldown', [CompletionResultType]::ParameterName, 'No resize sooner than this after the last one (like 6h, 90m, 1d)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The decisions recorded for a VM, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;vm;autoscale;history' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many of the newest')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'GCP project [default: config gcp.project, else the key''s project_id]')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Compute Engine zone [default: config gcp.zone]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;vm;autoscale;help' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The decisions recorded for a VM, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;vm;autoscale;help;history' {
            break
        }
        'meta;vm;autoscale;help;help' {
            break
        }
        'meta;vm;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the VMs of the zone (every page)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one VM')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a VM and wait until it runs')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a VM and wait until it is stopped')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a VM (asks first)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a VM and wait until it runs')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Change a VM''s machine type: stop, set the type, start again')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them')
            [CompletionResult]::new('autoscale', 'autoscale', [CompletionResultType]::ParameterValue, 'One autoscale evaluation along a ladder of machine types (for hourly cron)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;vm;help;list' {
            break
        }
        'meta;vm;help;get' {
            break
        }
        'meta;vm;help;start' {
            break
        }
        'meta;vm;help;stop' {
            break
        }
        'meta;vm;help;delete' {
            break
        }
        'meta;vm;help;create' {
            break
        }
        'meta;vm;help;resize' {
            break
        }
        'meta;vm;help;health' {
            break
        }
        'meta;vm;help;autoscale' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The decisions recorded for a VM, oldest first')
            break
        }
        'meta;vm;help;autoscale;history' {
            break
        }
        'meta;vm;help;help' {
            break
        }
        'meta;recover' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The SQLite state file, if not <home>/state.db')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'The age identity that opens the data key, if not <home>/identity.txt')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--forward', '--forward', [CompletionResultType]::ParameterName, 'Finish the interrupted plan instead of rolling it back')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (diffs, API calls, service actions) and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less talk on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meta;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the home folder, state file, identity and data key (idempotent)')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'The project registry: names, folders and port ranges')
            [CompletionResult]::new('port', 'port', [CompletionResultType]::ParameterValue, 'Ports promised to services: allocate, reserve, audit, import')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and edit config.toml (comments kept)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Encrypted, versioned secrets for scripts and services')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The hash-chained log of every change')
            [CompletionResult]::new('instructions', 'instructions', [CompletionResultType]::ParameterValue, 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project')
            [CompletionResult]::new('dns', 'dns', [CompletionResultType]::ParameterValue, 'Cloudflare DNS records, kept in line with allocations by `dns sync`')
            [CompletionResult]::new('tunnel', 'tunnel', [CompletionResultType]::ParameterValue, 'cloudflared ingress rules from allocations with hostnames')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('vm', 'vm', [CompletionResultType]::ParameterValue, 'GCP Compute Engine VMs: lifecycle, resize, health, autoscale')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Roll back (or finish) a plan that a crash left half-applied')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meta;help;init' {
            break
        }
        'meta;help;project' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a project; without --range it gets the next free 1000-port block at or above 3000')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one project and what it owns')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a project (refused while it owns anything, unless --force)')
            break
        }
        'meta;help;project;add' {
            break
        }
        'meta;help;project;list' {
            break
        }
        'meta;help;project;show' {
            break
        }
        'meta;help;project;rm' {
            break
        }
        'meta;help;port' {
            [CompletionResult]::new('allocate', 'allocate', [CompletionResultType]::ParameterValue, 'Get-or-allocate: the same port on every call for the same project and service')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a service''s port (exit 3 if it has none)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List allocations, with their hostname and whether they are listening now')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'Give a service''s port back')
            [CompletionResult]::new('reserve', 'reserve', [CompletionResultType]::ParameterValue, 'Keep a port or range away from every allocation')
            [CompletionResult]::new('unreserve', 'unreserve', [CompletionResultType]::ParameterValue, 'Remove the reservations that lie within a port or range')
            [CompletionResult]::new('reservations', 'reservations', [CompletionResultType]::ParameterValue, 'List the reservations')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Compare allocations with the sockets listening now (exit 9 on any finding)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Adopt what listens now inside managed ranges as allocations (asks, or --yes)')
            break
        }
        'meta;help;port;allocate' {
            break
        }
        'meta;help;port;get' {
            break
        }
        'meta;help;port;list' {
            break
        }
        'meta;help;port;release' {
            break
        }
        'meta;help;port;reserve' {
            break
        }
        'meta;help;port;unreserve' {
            break
        }
        'meta;help;port;reservations' {
            break
        }
        'meta;help;port;audit' {
            break
        }
        'meta;help;port;import' {
            break
        }
        'meta;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value in force for KEY (environment, then config.toml, then default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set KEY to VALUE in config.toml (lists comma-separated)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove KEY from config.toml')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting, its value and where the value comes from')
            break
        }
        'meta;help;config;get' {
            break
        }
        'meta;help;config;set' {
            break
        }
        'meta;help;config;unset' {
            break
        }
        'meta;help;config;list' {
            break
        }
        'meta;help;secret' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a new version of a secret, read from stdin, --from-file, --from-env or a hidden prompt')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value alone (raw bytes, no newline added)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets (paths, versions, last update; never values)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The versions of a secret (never values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Hide a secret from list and get (`undelete` brings it back); --purge destroys it')
            [CompletionResult]::new('undelete', 'undelete', [CompletionResultType]::ParameterValue, 'Bring back a deleted secret')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with the secrets under a prefix as environment variables')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print the secrets under a prefix as dotenv, JSON or a systemd EnvironmentFile')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the secrets (every version) as an age file that `age -d` opens')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read back a bundle made by `export` (or any age file holding such a JSON document)')
            [CompletionResult]::new('rotate-key', 'rotate-key', [CompletionResultType]::ParameterValue, 'Make a new data key and re-encrypt every version under it, in one transaction')
            break
        }
        'meta;help;secret;set' {
            break
        }
        'meta;help;secret;get' {
            break
        }
        'meta;help;secret;list' {
            break
        }
        'meta;help;secret;history' {
            break
        }
        'meta;help;secret;delete' {
            break
        }
        'meta;help;secret;undelete' {
            break
        }
        'meta;help;secret;exec' {
            break
        }
        'meta;help;secret;env' {
            break
        }
        'meta;help;secret;export' {
            break
        }
        'meta;help;secret;import' {
            break
        }
        'meta;help;secret;rotate-key' {
            break
        }
        'meta;help;audit' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the log, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain; exit 9 naming the first broken entry')
            break
        }
        'meta;help;audit;log' {
            break
        }
        'meta;help;audit;verify' {
            break
        }
        'meta;help;instructions' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Write each project''s CLAUDE.md (or its --instructions-file) from the layers')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each project, its layers, and whether its file is fresh, stale, edited or missing')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `build` would change in one project''s file')
            break
        }
        'meta;help;instructions;build' {
            break
        }
        'meta;help;instructions;list' {
            break
        }
        'meta;help;instructions;diff' {
            break
        }
        'meta;help;dns' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the records of a zone (by name or id)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the records of one name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a record (exit 4 when one of that name and type exists)')
            [CompletionResult]::new('upsert', 'upsert', [CompletionResultType]::ParameterValue, 'Create a record, or change it to match; no call when it already matches')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the records of a name (asks when several match)')
            [CompletionResult]::new('verify-token', 'verify-token', [CompletionResultType]::ParameterValue, 'Check the API token (`GET /user/tokens/verify`)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Bring a zone in line with allocations, deployments and records made by meta')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Put back the records the last applied sync of a zone changed')
            break
        }
        'meta;help;dns;list' {
            break
        }
        'meta;help;dns;get' {
            break
        }
        'meta;help;dns;create' {
            break
        }
        'meta;help;dns;upsert' {
            break
        }
        'meta;help;dns;delete' {
            break
        }
        'meta;help;dns;verify-token' {
            break
        }
        'meta;help;dns;sync' {
            break
        }
        'meta;help;dns;undo' {
            break
        }
        'meta;help;tunnel' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Write the ingress rules of allocations with hostnames into config.yml (or the remote tunnel)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the ingress rules, managed ones marked')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show the diff `sync` would write')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Point HOSTNAME at the tunnel: a proxied CNAME to <tunnel-id>.cfargotunnel.com')
            break
        }
        'meta;help;tunnel;sync' {
            break
        }
        'meta;help;tunnel;show' {
            break
        }
        'meta;help;tunnel;diff' {
            break
        }
        'meta;help;tunnel;route' {
            break
        }
        'meta;help;completions' {
            break
        }
        'meta;help;vm' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the VMs of the zone (every page)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one VM')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a VM and wait until it runs')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a VM and wait until it is stopped')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a VM (asks first)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a VM and wait until it runs')
            [CompletionResult]::new('resize', 'resize', [CompletionResultType]::ParameterValue, 'Change a VM''s machine type: stop, set the type, start again')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them')
            [CompletionResult]::new('autoscale', 'autoscale', [CompletionResultType]::ParameterValue, 'One autoscale evaluation along a ladder of machine types (for hourly cron)')
            break
        }
        'meta;help;vm;list' {
            break
        }
        'meta;help;vm;get' {
            break
        }
        'meta;help;vm;start' {
            break
        }
        'meta;help;vm;stop' {
            break
        }
        'meta;help;vm;delete' {
            break
        }
        'meta;help;vm;create' {
            break
        }
        'meta;help;vm;resize' {
            break
        }
        'meta;help;vm;health' {
            break
        }
        'meta;help;vm;autoscale' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The decisions recorded for a VM, oldest first')
            break
        }
        'meta;help;vm;autoscale;history' {
            break
        }
        'meta;help;recover' {
            break
        }
        'meta;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
