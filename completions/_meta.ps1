
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
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The hash-chained log of every change')
            [CompletionResult]::new('instructions', 'instructions', [CompletionResultType]::ParameterValue, 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
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
        'meta;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the home folder, state file, identity and data key (idempotent)')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'The project registry: names, folders and port ranges')
            [CompletionResult]::new('port', 'port', [CompletionResultType]::ParameterValue, 'Ports promised to services: allocate, reserve, audit, import')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and edit config.toml (comments kept)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The hash-chained log of every change')
            [CompletionResult]::new('instructions', 'instructions', [CompletionResultType]::ParameterValue, 'Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
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
        'meta;help;completions' {
            break
        }
        'meta;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
