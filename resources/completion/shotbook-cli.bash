# bash completion for shotbook-cli                         -*- shell-script -*-
#
# The commands and their options are the ones `shotbook-cli --help` lists, and
# the ids are the canonical ones of DESIGN.md; tests/cli/tst_cli_completion.cpp
# fails when either differs from what shotbook-cli and core accept. An option
# written NAME= takes a value; one without "=" is a flag.
# Installed as /usr/share/bash-completion/completions/shotbook-cli; it needs
# nothing from the bash-completion package, but uses its _filedir when loaded.

_shotbook_cli_global_options='--db= --now= --json --help --version'

# Every command, one per line, as its words.
_shotbook_cli_commands='patient add
patient list
patient rename
patient remove
weight add
weight list
regimen set
dose show
inject
injections
next
adherence
site next
site list
site enable
site disable
site rest-days
reaction add
reaction resolve
reaction list
stock add
stock list
stock discard
stock out
stock status
stock history
symptom add
diary show
side-effect add
side-effect list
side-effect acknowledge
side-effect resolve
infection add
infection end
med add
med stop
med list
lab add
lab list
lab due
check
export pdf
export ics
export csv
export fhir
import csv
backup
restore
share
today
demo'

_shotbook_cli_command_options()
{
    case $1 in
    'patient add') echo '--name= --birth= --weight-kg=' ;;
    'patient rename') echo '--patient= --name=' ;;
    'patient remove') echo '--patient= --yes' ;;
    'weight add') echo '--patient= --kg= --date=' ;;
    'regimen set')
        echo '--patient= --dose-mg= --mg-per-kg= --per-day= --every-days= --times= --start='
        echo '--days= --step-mg= --min-mg= --indication= --prescriber= --note='
        ;;
    'dose show' | 'diary show') echo '--patient= --date=' ;;
    'inject') echo '--patient= --site= --at= --dose-mg= --lot= --by= --note= --spot= --force' ;;
    'injections' | 'adherence') echo '--patient= --from= --to=' ;;
    'weight list' | 'next' | 'site next' | 'site list' | 'site enable' | 'site disable' | \
        'stock status' | 'side-effect list' | 'med list' | 'lab list' | 'lab due' | 'today')
        echo '--patient='
        ;;
    'site rest-days') echo '--set=' ;;
    'reaction add') echo '--patient= --site= --kind= --severity= --at= --injection= --note=' ;;
    'reaction resolve') echo '--at=' ;;
    'reaction list') echo '--patient= --open' ;;
    'stock add') echo '--lot= --expires= --count= --received=' ;;
    'stock discard') echo '--lot= --count= --reason= --note=' ;;
    'stock out') echo '--lot= --count= --at=' ;;
    'symptom add') echo '--patient= --measure= --value= --date=' ;;
    'side-effect add') echo '--patient= --term= --severity= --onset= --resolved= --note= --red-flag' ;;
    'side-effect resolve' | 'med stop') echo '--date=' ;;
    'infection add') echo '--patient= --description= --start= --end= --doctor-told' ;;
    'infection end') echo '--date= --doctor-told' ;;
    'med add') echo '--patient= --name= --start= --stop=' ;;
    'lab add') echo '--patient= --analyte= --value= --date=' ;;
    'export pdf') echo '--patient= --out= --from= --to= --no-notes' ;;
    'export ics') echo '--patient= --out= --from= --to=' ;;
    'demo') echo '--years= --patients= --out= --seed=' ;;
    'export csv' | 'export fhir') echo '--patient= --out= --from= --to=' ;;
    'import csv') echo '--patient=' ;;
    'backup') echo '--out=' ;;
    'share') echo '--from= --to=' ;;
    esac
}

# What the command's positional arguments are: zones, or nothing to complete.
_shotbook_cli_positional()
{
    case $1 in
    'site enable' | 'site disable') echo zones ;;
    'import csv' | 'restore') echo files ;;
    esac
}

_shotbook_cli_zones='abdomen-upper-left abdomen-upper-right abdomen-lower-left
abdomen-lower-right thigh-left-upper thigh-left-lower thigh-right-upper
thigh-right-lower arm-left arm-right buttock-left buttock-right'

# Values of an option of a command: prints the words to offer, or "@files"
# for file names.
_shotbook_cli_values()
{
    local command=$1 option=$2
    case $option in
    --db | --out) echo @files ;;
    --from | --to)
        [ "$command" = share ] && [ "$option" = --from ] && echo @files
        ;;
    --site) echo "$_shotbook_cli_zones" ;;
    --measure)
        echo 'pain fatigue stiffness-min fever-c patient-global rash headache joint-pain eye-redness'
        echo 'overall-symptoms abdominal-pain nausea-vomiting diarrhoea chest-pain'
        echo 'painful-lymph-nodes muscle-pain joint-swelling'
        ;;
    --analyte) echo 'anc platelets alt ast crp crcl' ;;
    --reason) echo 'expired cloudy frozen damaged room-temperature other' ;;
    --kind)
        echo 'redness swelling itching pain bruising bleeding hives lumps rash warmth'
        echo 'blistering burning numbness ulceration scarring other'
        ;;
    --severity)
        case $command in
        'reaction add') echo '1 2 3' ;;
        *) echo 'mild moderate severe' ;;
        esac
        ;;
    --indication) echo 'ra caps nomid dira other' ;;
    --per-day | --every-days) echo '1 2' ;;
    esac
}

# Whether OPTION takes a value, for COMMAND (empty while none is known yet).
_shotbook_cli_takes_value()
{
    local option
    for option in $_shotbook_cli_global_options $(_shotbook_cli_command_options "$1"); do
        [[ $option == "$2=" ]] && return 0
    done
    return 1
}

_shotbook_cli_offer_files()
{
    if declare -F _filedir >/dev/null; then
        _filedir
        return
    fi
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$1")
}

_shotbook_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local command='' words='' line positional=() seen=() i word value_of=''
    COMPREPLY=()

    # Read the words before the cursor as shotbook-cli's parser does: options
    # anywhere (with their values), then the longest command the words make.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ -n $value_of ]]; then
            # bash splits "--site=arm-left" into "--site", "=", "arm-left".
            [[ $word == = ]] && continue
            value_of=''
            continue
        fi
        if [[ $word == --* ]]; then
            seen+=("${word%%=*}")
            [[ $word != *=* ]] && _shotbook_cli_takes_value "$command" "$word" &&
                value_of=$word
            continue
        fi
        if [[ -n $command ]]; then
            positional+=("$word")
            continue
        fi
        words=${words:+$words }$word
        local exact='' longer=''
        while IFS= read -r line; do
            [[ $line == "$words" ]] && exact=1
            [[ $line == "$words "* ]] && longer=1
        done <<<"$_shotbook_cli_commands"
        [[ -n $exact && -z $longer ]] && command=$words
    done

    # The value of an option: "--site arm" or "--site=arm".
    local option=''
    if [[ -n $value_of ]]; then
        option=$value_of
    elif [[ $cur == --*=* ]]; then
        option=${cur%%=*}
        cur=${cur#*=}
    fi
    if [[ -n $option ]]; then
        [[ $cur == = ]] && cur=''
        local values
        values=$(_shotbook_cli_values "$command" "$option")
        if [[ $values == @files ]]; then
            _shotbook_cli_offer_files "$cur"
        elif [[ -n $values ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
        fi
        # When "=" does not split words (COMP_WORDBREAKS without it), the
        # whole "--site=arm" is replaced: keep the option in front.
        if [[ -z $value_of && ${#COMPREPLY[@]} -gt 0 ]]; then
            COMPREPLY=("${COMPREPLY[@]/#/$option=}")
        fi
        return 0
    fi

    local offer_options=''
    if [[ $cur == -* ]]; then
        offer_options=1
    elif [[ -z $command ]]; then
        # The next word of the commands that begin with the words so far.
        local next=() rest
        while IFS= read -r line; do
            if [[ -n $words ]]; then
                [[ $line == "$words "* ]] || continue
                line=${line#"$words "}
            fi
            rest=${line%% *}
            [[ " ${next[*]} " == *" $rest "* ]] || next+=("$rest")
        done <<<"$_shotbook_cli_commands"
        mapfile -t COMPREPLY < <(compgen -W "${next[*]}" -- "$cur")
        return 0
    elif [[ $(_shotbook_cli_positional "$command") == zones ]]; then
        local zone zones=()
        for zone in $_shotbook_cli_zones; do
            [[ " ${positional[*]} " == *" $zone "* ]] || zones+=("$zone")
        done
        mapfile -t COMPREPLY < <(compgen -W "${zones[*]}" -- "$cur")
        return 0
    elif [[ $(_shotbook_cli_positional "$command") == files && ${#positional[@]} -eq 0 ]]; then
        _shotbook_cli_offer_files "$cur"
        return 0
    else
        offer_options=1
    fi

    if [[ -n $offer_options ]]; then
        # Each option once: shotbook-cli refuses an option given twice.
        local options=() candidate
        for candidate in $_shotbook_cli_global_options $(_shotbook_cli_command_options "$command"); do
            candidate=${candidate%=}
            [[ " ${seen[*]} " == *" $candidate "* ]] || options+=("$candidate")
        done
        mapfile -t COMPREPLY < <(compgen -W "${options[*]}" -- "$cur")
    fi
    return 0
}

complete -F _shotbook_cli shotbook-cli
