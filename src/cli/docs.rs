//! Shell completions and man pages, generated from the parser so they cannot disagree with
//! it. The committed copies under `completions/` and `man/` are checked by a test and
//! rewritten by `scripts/gen-docs`.

use clap::CommandFactory;
use clap_complete::Shell;

use super::Cli;

pub const SHELLS: &[(Shell, &str)] = &[
    (Shell::Bash, "meta.bash"),
    (Shell::Zsh, "_meta"),
    (Shell::Fish, "meta.fish"),
    (Shell::Elvish, "meta.elv"),
    (Shell::PowerShell, "_meta.ps1"),
];

pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "meta", &mut out);
    out
}

/// One man page per command and subcommand: `meta.1`, `meta-project.1`, `meta-project-add.1`…
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut pages = Vec::new();
    collect_pages(&cmd, "meta", &mut pages);
    pages
}

fn collect_pages(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let page_cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut out = Vec::new();
    clap_mangen::Man::new(page_cmd)
        .render(&mut out)
        .expect("rendering to memory cannot fail");
    pages.push((format!("{name}.1"), out));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

/// Every generated file, by its path in the repository.
pub fn generated_files() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = SHELLS
        .iter()
        .map(|(shell, file)| (format!("completions/{file}"), completion(*shell)))
        .collect();
    files.extend(
        man_pages()
            .into_iter()
            .map(|(name, bytes)| (format!("man/{name}"), bytes)),
    );
    files
}
