# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_jirahub_global_optspecs
    string join \n o/format= color= bom wide q/quiet v/verbose config= no-input env-file= h/help V/version
end

function __fish_jirahub_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_jirahub_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_jirahub_using_subcommand
    set -l cmd (__fish_jirahub_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c jirahub -n "__fish_jirahub_needs_command" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_needs_command" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_needs_command" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_needs_command" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_needs_command" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_needs_command" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_needs_command" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_needs_command" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_needs_command" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_needs_command" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "register" -d 'Create an account (the first account becomes admin)'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "login" -d 'Log in and start a session'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "logout" -d 'End the current session'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "whoami" -d 'Show the logged-in account'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "passwd" -d 'Change your password'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "admin" -d 'Manage accounts, sessions and registration (admins only)'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "connect" -d 'Connect your account to a Jira site (Cloud API token or Data Center PAT)'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "projects" -d 'Discover Jira projects and choose which ones jirahub reports on'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "boards" -d 'List a project\'s boards and narrow a project to some of them'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "fields" -d 'Show the custom fields used for story points, sprint and team; pin one when discovery guesses wrong'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "sync" -d 'Refresh the local snapshot of the selected projects from Jira'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "sync-members" -d 'Update team members from the assignees and reporters of synced issues'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "dashboard" -d 'The team\'s workload: summary, workload per person, status, overdue, tickets'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "insights" -d 'Flow metrics from the synced history: cycle time, throughput, Monte Carlo forecasts'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "report" -d 'One self-contained HTML file: workload, overdue, velocity, burndown, throughput, cycle time, aging, flow'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "ticket" -d 'Everything about one ticket: fields, description, subtasks, links, worklogs, comments'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "member" -d 'Team members: list, show one, label them'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "notify" -d 'Where reports are delivered: a Slack incoming webhook, kept encrypted'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "send" -d 'Send a report: a dashboard to Slack or by email'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "view" -d 'Saved views: dashboard or insights flags under a name, run with --view NAME'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "ignore" -d 'Leave tickets or issue types out of every report'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "config" -d 'Show the effective configuration and where each value came from (secrets masked)'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c jirahub -n "__fish_jirahub_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -l email -d 'Account email (prompted for on a terminal when omitted)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand register" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -l email -d 'Account email (prompted for on a terminal when omitted)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand login" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand logout" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -l password-stdin -d 'Read the current and the new password from the first two lines of standard input'
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand passwd" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -f -a "users" -d 'List accounts'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -f -a "user" -d 'Add, change or remove an account'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -f -a "sessions" -d 'List or revoke sessions'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -f -a "registration" -d 'Open or close self-registration'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and not __fish_seen_subcommand_from users user sessions registration help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create an account (password from a prompt, --password-stdin or JIRAHUB_PASSWORD)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "set-role" -d 'Make an account admin or user'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "disable" -d 'Stop an account from logging in (its sessions are revoked)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "enable" -d 'Let a disabled account log in again'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "reset-password" -d 'Set a new password for an account (its sessions are revoked)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete an account and everything it owns'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -f -a "list" -d 'List sessions (all accounts, or one with --user)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -f -a "revoke" -d 'Revoke a session by id'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from sessions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from registration" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "users" -d 'List accounts'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "user" -d 'Add, change or remove an account'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "sessions" -d 'List or revoke sessions'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "registration" -d 'Open or close self-registration'
complete -c jirahub -n "__fish_jirahub_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l url -d 'Jira base URL, e.g. https://your-site.atlassian.net or https://jira.example.com/jira' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l email -d 'The email of your Atlassian account, the one you log in to Jira with (Cloud; a Data Center personal access token needs none)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l deployment -d 'Cloud or Data Center; `auto` asks the site\'s /serverInfo' -r -f -a "auto\t''
cloud\t''
datacenter\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l token-stdin -d 'Read the API token (or PAT) from the first line of standard input; else JIRA_API_TOKEN, else a prompt'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l status -d 'Same as `connect status` (kept for scripts)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l remove -d 'Same as `connect remove` (kept for scripts)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -f -a "status" -d 'Show the saved connection (never the token)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -f -a "remove" -d 'Forget the saved connection and its token'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and not __fish_seen_subcommand_from status remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the saved connection (never the token)'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Forget the saved connection and its token'
complete -c jirahub -n "__fish_jirahub_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -f -a "discover" -d 'List the projects your Jira account can see'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -f -a "list" -d 'List the selected projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -f -a "select" -d 'Report on these projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -f -a "deselect" -d 'Stop reporting on these projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and not __fish_seen_subcommand_from discover list select deselect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from discover" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from deselect" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "discover" -d 'List the projects your Jira account can see'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the selected projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "select" -d 'Report on these projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "deselect" -d 'Stop reporting on these projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -f -a "list" -d 'List a project\'s boards (all projects\' selected boards without --project)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -f -a "select" -d 'Report only on issues of these boards for the project'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -f -a "deselect" -d 'Stop narrowing the project to these boards'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and not __fish_seen_subcommand_from list select deselect help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -l project -d 'The project (its key)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -l project -d 'The project (its key)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from select" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -l project -d 'The project (its key)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from deselect" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a project\'s boards (all projects\' selected boards without --project)'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from help" -f -a "select" -d 'Report only on issues of these boards for the project'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from help" -f -a "deselect" -d 'Stop narrowing the project to these boards'
complete -c jirahub -n "__fish_jirahub_using_subcommand boards; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -f -a "show" -d 'Show the fields in use (the default)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -f -a "set" -d 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -f -a "unset" -d 'Remove a pin and go back to discovery'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and not __fish_seen_subcommand_from show set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the fields in use (the default)'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from help" -f -a "set" -d 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a pin and go back to discovery'
complete -c jirahub -n "__fish_jirahub_using_subcommand fields; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -l project -d 'Only these selected projects (default: all selected)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -l full -d 'Refetch everything instead of only what changed since the last sync'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -l deactivate-missing -d 'Mark members who no longer appear on any synced issue as inactive'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand sync-members" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l section -d 'Sections to show: summary, workload, status, overdue, tickets, or all (CSV: exactly one)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l board -d 'Only issues on these boards (selected boards)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l assignee -d 'Only these assignees: display name, email, account id, `me` (the connected Jira account) or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l team -d 'Only members carrying one of these team labels (`jirahub member label add`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l status -d 'Only these statuses: names, or the categories todo, in-progress, done' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l exclude-status -d 'Leave out these statuses (names or categories)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l created-from -d 'Created on or after (YYYY-MM-DD, today, yesterday, -7d, +2w, -1m)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l created-to -d 'Created on or before' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l due-from -d 'Due on or after' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l due-to -d 'Due on or before' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l label -d 'Only issues with any of these Jira labels' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l points-min -d 'At least this many story points' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l points-max -d 'At most this many story points' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l priority -d 'Only these priorities (e.g. High, Highest)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l component -d 'Only issues with any of these components' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l sprint -d 'Only issues in these sprints: a sprint name, or `active` for any running sprint' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l jql -d 'Only tickets Jira finds with this JQL clause, ANDed with the projects (asks Jira: not with --offline)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l sort -d 'Sort the overdue and tickets lists: key, due, created, updated, points, status, assignee, priority (`-due` for descending)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l columns -d 'Only these columns of the overdue and tickets lists, in this order (every format), e.g. key,summary,url' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l limit -d 'At most N rows in the overdue and tickets lists' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l tz -d 'Time zone for "today" and dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l max-overdue -d 'Gate: exit 6 (after the report) when more than N matching tickets are overdue' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l max-unassigned -d 'Gate: exit 6 when more than N open tickets have no assignee' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l max-missing-points -d 'Gate: exit 6 when more than N open tickets (not sub-tasks) have no story points' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l max-wip -d 'Gate: exit 6 when anyone has more than N tickets in progress' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l max-age -d 'Gate: exit 6 when an open ticket was created more than DAYS days ago' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l all-labels -d 'With --label: require all of the labels'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l no-points -d 'Only issues without story points'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l include-ignored -d 'Include tickets and issue types you ignore'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l strict -d 'A filter value that matches no synced ticket is an error (exit 2), not a warning'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l refresh -d 'Sync before reporting even when the snapshot is fresh'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand dashboard" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "cycle-time" -d 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "throughput" -d 'Issues done per day or week, empty periods as zero'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "velocity" -d 'Commitment and completed points per closed sprint of a board, as Jira\'s Velocity Chart counts them'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "sprint" -d 'Jira\'s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "burndown" -d 'A sprint\'s remaining estimate day by day, the ideal line, and every scope change'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "burnup" -d 'Scope and done over time, day by day (issues, or points with --points)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "flow" -d 'Cumulative flow: issues in each status (or category) at the end of each day'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "aging" -d 'Work in progress with its age, oldest first, against the cycle-time percentiles'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "created-vs-resolved" -d 'Issues created and resolved per day or week'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "time" -d 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "forecast" -d 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and not __fish_seen_subcommand_from cycle-time throughput velocity sprint burndown burnup flow aging created-vs-resolved time forecast help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from cycle-time" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l per -d 'Bucket by day or by ISO week (Monday first)' -r -f -a "day\t''
week\t''
month\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from throughput" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l sprints -d 'How many of the last closed sprints' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from velocity" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l sprint -d 'A sprint id, `active` (the default) or `last` (the last closed one)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from sprint" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l sprint -d 'A sprint id, `active` (the default) or `last`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l calendar-days -d 'Count weekends too (default: working days only)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burndown" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l points -d 'Sum story points instead of counting issues'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from burnup" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l by -d 'One series per status, or per status category' -r -f -a "status\t''
category\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from flow" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from aging" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l per -d 'Bucket by day or by ISO week' -r -f -a "day\t''
week\t''
month\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l cumulative -d 'Running totals from the first period'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from created-vs-resolved" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l per -d 'Bucket by day, ISO week or month' -r -f -a "day\t''
week\t''
month\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l by -d 'Group hours by member (the worklog\'s author), project, epic, type or label' -r -f -a "member\t''
project\t''
epic\t''
type\t''
label\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l capacity -d 'What a member can log, e.g. 32h/week; per team label or member: label:NAME=16h/week, ada@example.com=24h/week (repeatable; with --by member)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l rates -d 'Hourly rates, CSV `who,rate,currency` (who: a member, or label:NAME): adds amounts' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from time" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l chart -d 'Also draw the report as an SVG chart into this file' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l items -d 'When will this many more issues be done?' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l until -d 'How many will be done by this date (YYYY-MM-DD or +4w)?' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l window -d 'Days of recent throughput to sample from' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l trials -d 'Simulated futures' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l seed -d 'Seed of the random draws (the same seed, the same answer)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from forecast" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "cycle-time" -d 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "throughput" -d 'Issues done per day or week, empty periods as zero'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "velocity" -d 'Commitment and completed points per closed sprint of a board, as Jira\'s Velocity Chart counts them'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "sprint" -d 'Jira\'s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "burndown" -d 'A sprint\'s remaining estimate day by day, the ideal line, and every scope change'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "burnup" -d 'Scope and done over time, day by day (issues, or points with --points)'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "flow" -d 'Cumulative flow: issues in each status (or category) at the end of each day'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "aging" -d 'Work in progress with its age, oldest first, against the cycle-time percentiles'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "created-vs-resolved" -d 'Issues created and resolved per day or week'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "time" -d 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "forecast" -d 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date'
complete -c jirahub -n "__fish_jirahub_using_subcommand insights; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l html -d 'Write the report here as one self-contained HTML file (`-`: stdout)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l view -d 'Run a saved view (`jirahub view list`); flags given here override the view\'s' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l project -d 'Only these projects (among the selected ones)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l assignee -d 'Only these assignees: display name, email, account id, `me` or `unassigned`' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l type -d 'Only these issue types' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l team -d 'Only issues assigned to members with these team labels (`jirahub member label`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l board -d 'The board: velocity, sprint and burndown report on its sprints, flow follows its columns; a selected board (`jirahub boards select`) also narrows every report to its issues' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l from -d 'Issues done on or after (YYYY-MM-DD, -90d, …; default 90 days ago)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l to -d 'Issues done on or before (default today)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l tz -d 'Time zone for dates: local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l offline -d 'Never contact Jira; report from the last snapshot'
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand report" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l comments -d 'How many of the most recent comments to show' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l refresh -d 'Fetch from Jira even when a cached copy is fresh'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l offline -d 'Only use the cached copy'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l web -d 'Open the ticket in the browser (on a terminal), or print its URL (in a pipe)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand ticket" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -f -a "list" -d 'Team members with their labels and open tickets'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -f -a "show" -d 'One member: profile, labels, tickets by status, overdue, points, the tickets'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -f -a "label" -d 'Add or remove team labels on a member'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -f -a "labels" -d 'Team labels with their members'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and not __fish_seen_subcommand_from list show label labels help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -l tz -d 'Time zone for "today": local, UTC, +05:30, Europe/Berlin' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -f -a "add"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -f -a "remove"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from label" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from labels" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'Team members with their labels and open tickets'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "show" -d 'One member: profile, labels, tickets by status, overdue, points, the tickets'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "label" -d 'Add or remove team labels on a member'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "labels" -d 'Team labels with their members'
complete -c jirahub -n "__fish_jirahub_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -f -a "set" -d 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -f -a "status" -d 'Which targets are set and when (never their address)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -f -a "remove" -d 'Forget a target'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and not __fish_seen_subcommand_from set status remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -l url-stdin -d 'Read the URL from the first line of stdin (it is a secret: never an argument)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "status" -d 'Which targets are set and when (never their address)'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Forget a target'
complete -c jirahub -n "__fish_jirahub_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -f -a "slack" -d 'Post a dashboard\'s summary, failed gates and overdue list to your Slack webhook'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -f -a "email" -d 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and not __fish_seen_subcommand_from slack email help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -l only-if-failed -d 'Send only when a gate (--max-overdue …) fails: "tell me when overdue > 10"'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -l dry-run -d 'Print the message (Slack\'s JSON, or the mail as RFC 5322) on stdout instead of sending it'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from slack" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l to -d 'Recipients (`Name <addr>` or `addr`)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l from -d 'The sender (default SMTP_FROM)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l subject -d 'The subject (default: "Jira workload: " and the report\'s headline)' -r
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l csv -d 'Attach the tickets as tickets.csv'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l only-if-failed -d 'Send only when a gate (--max-overdue …) fails: "tell me when overdue > 10"'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l dry-run -d 'Print the message (Slack\'s JSON, or the mail as RFC 5322) on stdout instead of sending it'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from email" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "slack" -d 'Post a dashboard\'s summary, failed gates and overdue list to your Slack webhook'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "email" -d 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request'
complete -c jirahub -n "__fish_jirahub_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -f -a "save" -d 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -f -a "list" -d 'Your views, then those published for every account'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -f -a "show" -d 'One view: the command line it runs'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -f -a "delete" -d 'Delete one of your views'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -f -a "publish" -d 'Let every account run one of your views by name (admin)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -f -a "unpublish" -d 'Withdraw one of your published views (admin)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and not __fish_seen_subcommand_from save list show delete publish unpublish help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -l replace -d 'Overwrite your view of that name'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from unpublish" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your views, then those published for every account'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "show" -d 'One view: the command line it runs'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one of your views'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Let every account run one of your views by name (admin)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "unpublish" -d 'Withdraw one of your published views (admin)'
complete -c jirahub -n "__fish_jirahub_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -f -a "ticket" -d 'Ignore or stop ignoring tickets by key'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -f -a "type" -d 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -f -a "list" -d 'Show what is ignored'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and not __fish_seen_subcommand_from ticket type list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -f -a "add" -d 'Ignore these (ticket keys or issue type names)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -f -a "remove" -d 'Stop ignoring these'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from ticket" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -f -a "add" -d 'Ignore these (ticket keys or issue type names)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -f -a "remove" -d 'Stop ignoring these'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from type" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from help" -f -a "ticket" -d 'Ignore or stop ignoring tickets by key'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from help" -f -a "type" -d 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show what is ignored'
complete -c jirahub -n "__fish_jirahub_using_subcommand ignore; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand config" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -s o -l format -d 'Output format: a table for people, json or csv for scripts, markdown for CI summaries' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'GitHub-flavoured Markdown tables (`$GITHUB_STEP_SUMMARY`, merge-request comments)'"
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -l color -d 'When to use colours (NO_COLOR is honoured in `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -l config -d 'Read settings from this file instead of ~/.config/jirahub/config.toml' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -l env-file -d 'Read settings from this dotenv file (a `.env` in the working directory is never read unless named here)' -r -F
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -l bom -d 'CSV starts with a UTF-8 byte-order mark, so that Excel reads accents and emoji right'
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -l wide -d 'Tables keep every column and cut no cell (default: fit the terminal\'s width)'
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -s q -l quiet -d 'Print only the report and errors: no progress, confirmations, hints or warnings'
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -s v -l verbose -d 'Log to stderr: -v jirahub\'s steps (requests, retries), -vv more, -vvv everything incl. libraries; also LOG_LEVEL'
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -l no-input -d 'Never prompt (automatic when stdin is not a terminal)'
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jirahub -n "__fish_jirahub_using_subcommand completions" -s V -l version -d 'Print version'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "register" -d 'Create an account (the first account becomes admin)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "login" -d 'Log in and start a session'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "logout" -d 'End the current session'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "whoami" -d 'Show the logged-in account'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "passwd" -d 'Change your password'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "admin" -d 'Manage accounts, sessions and registration (admins only)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "connect" -d 'Connect your account to a Jira site (Cloud API token or Data Center PAT)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "projects" -d 'Discover Jira projects and choose which ones jirahub reports on'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "boards" -d 'List a project\'s boards and narrow a project to some of them'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "fields" -d 'Show the custom fields used for story points, sprint and team; pin one when discovery guesses wrong'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "sync" -d 'Refresh the local snapshot of the selected projects from Jira'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "sync-members" -d 'Update team members from the assignees and reporters of synced issues'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "dashboard" -d 'The team\'s workload: summary, workload per person, status, overdue, tickets'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "insights" -d 'Flow metrics from the synced history: cycle time, throughput, Monte Carlo forecasts'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "report" -d 'One self-contained HTML file: workload, overdue, velocity, burndown, throughput, cycle time, aging, flow'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "ticket" -d 'Everything about one ticket: fields, description, subtasks, links, worklogs, comments'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "member" -d 'Team members: list, show one, label them'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "notify" -d 'Where reports are delivered: a Slack incoming webhook, kept encrypted'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "send" -d 'Send a report: a dashboard to Slack or by email'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "view" -d 'Saved views: dashboard or insights flags under a name, run with --view NAME'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "ignore" -d 'Leave tickets or issue types out of every report'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "config" -d 'Show the effective configuration and where each value came from (secrets masked)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and not __fish_seen_subcommand_from register login logout whoami passwd admin connect projects boards fields sync sync-members dashboard insights report ticket member notify send view ignore config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "users" -d 'List accounts'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "user" -d 'Add, change or remove an account'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "sessions" -d 'List or revoke sessions'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "registration" -d 'Open or close self-registration'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from connect" -f -a "status" -d 'Show the saved connection (never the token)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from connect" -f -a "remove" -d 'Forget the saved connection and its token'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "discover" -d 'List the projects your Jira account can see'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "list" -d 'List the selected projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "select" -d 'Report on these projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "deselect" -d 'Stop reporting on these projects'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from boards" -f -a "list" -d 'List a project\'s boards (all projects\' selected boards without --project)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from boards" -f -a "select" -d 'Report only on issues of these boards for the project'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from boards" -f -a "deselect" -d 'Stop narrowing the project to these boards'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from fields" -f -a "show" -d 'Show the fields in use (the default)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from fields" -f -a "set" -d 'Pin a field id for a purpose, e.g. `fields set story-points customfield_10026`'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from fields" -f -a "unset" -d 'Remove a pin and go back to discovery'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "cycle-time" -d 'Days from the first move into In Progress to the last move into Done, per issue done in the range; percentiles 50/70/85/95, by type'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "throughput" -d 'Issues done per day or week, empty periods as zero'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "velocity" -d 'Commitment and completed points per closed sprint of a board, as Jira\'s Velocity Chart counts them'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "sprint" -d 'Jira\'s Sprint Report of one sprint: completed, not completed, removed, completed outside, added after start'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "burndown" -d 'A sprint\'s remaining estimate day by day, the ideal line, and every scope change'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "burnup" -d 'Scope and done over time, day by day (issues, or points with --points)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "flow" -d 'Cumulative flow: issues in each status (or category) at the end of each day'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "aging" -d 'Work in progress with its age, oldest first, against the cycle-time percentiles'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "created-vs-resolved" -d 'Issues created and resolved per day or week'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "time" -d 'Hours logged per period, by member, project, epic, type or label; against a capacity; with rates, amounts'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from insights" -f -a "forecast" -d 'Monte Carlo over the daily throughput of a recent window: when N more are done, or how many by a date'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'Team members with their labels and open tickets'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "show" -d 'One member: profile, labels, tickets by status, overdue, points, the tickets'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "label" -d 'Add or remove team labels on a member'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "labels" -d 'Team labels with their members'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "set" -d 'Store where to deliver: the Slack incoming-webhook URL (prompted, --url-stdin, or JIRAHUB_SLACK_WEBHOOK)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "status" -d 'Which targets are set and when (never their address)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "remove" -d 'Forget a target'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "slack" -d 'Post a dashboard\'s summary, failed gates and overdue list to your Slack webhook'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "email" -d 'Mail a dashboard over SMTP: HTML with a plain-text alternative, the tickets as CSV on request'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "save" -d 'Save flags under a name: `view save NAME dashboard FLAGS…` or `view save NAME insights REPORT FLAGS…`'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "list" -d 'Your views, then those published for every account'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "show" -d 'One view: the command line it runs'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "delete" -d 'Delete one of your views'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "publish" -d 'Let every account run one of your views by name (admin)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "unpublish" -d 'Withdraw one of your published views (admin)'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from ignore" -f -a "ticket" -d 'Ignore or stop ignoring tickets by key'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from ignore" -f -a "type" -d 'Ignore or stop ignoring issue types by name (e.g. "Sub-task")'
complete -c jirahub -n "__fish_jirahub_using_subcommand help; and __fish_seen_subcommand_from ignore" -f -a "list" -d 'Show what is ignored'
