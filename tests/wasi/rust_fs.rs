//! rust_fs.rs — the rights model, directory descriptors and trailing
//! slashes as Rust's standard library meets them (wasm only; built with
//! `rustc --target wasm32-wasi`, Debian 12's rustc 1.63). Rust checks every
//! WASI error and reports it as `raw_os_error`, the WASI errno: each call's
//! expected errno (Wasmtime's answer) is written here, one line per call,
//! and the exit status is the number of unexpected results.
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

fn expect<T>(wrong: &mut i32, what: &str, result: std::io::Result<T>, want: i32) {
    let got = match &result {
        Ok(_) => 0,
        Err(e) => e.raw_os_error().unwrap_or(-1),
    };
    let verdict = if got == want { "ok" } else { "UNEXPECTED" };
    println!("{:<40} errno {:>2} {}", what, got, verdict);
    if got != want {
        *wrong += 1;
    }
}

fn main() {
    let mut wrong = 0;
    let w = &mut wrong;
    expect(w, "create a.txt", File::create("a.txt").and_then(|mut f| f.write_all(b"hello")), 0);
    let mut text = String::new();
    expect(w, "read a.txt", File::open("a.txt").and_then(|mut f| f.read_to_string(&mut text)), 0);
    println!("a.txt holds {:?}", text);

    // Rights: a file opened for reading has neither fd_write nor
    // fd_filestat_set_size, so it can be neither written nor truncated.
    let mut reader = File::open("a.txt").expect("open a.txt");
    expect(w, "write to a read-only File", reader.write(b"x"), 76);
    expect(w, "set_len on a read-only File", reader.set_len(0), 76);
    expect(w, "metadata of a read-only File", reader.metadata(), 0);

    // Directory descriptors: no reading, writing or seeking.
    let mut dir = File::open(".").expect("open .");
    let mut buf = [0u8; 4];
    expect(w, "read a directory", dir.read(&mut buf), 8);
    expect(w, "seek a directory", dir.seek(SeekFrom::Start(0)), 8);
    expect(w, "set_len on a directory", dir.set_len(0), 8);
    expect(w, "metadata of a directory", dir.metadata(), 0);
    expect(w, "open . for writing", OpenOptions::new().write(true).open("."), 31);

    // Trailing slashes: "name/" must be a directory.
    expect(w, "create_dir d/", fs::create_dir("d/"), 0);
    expect(w, "metadata a.txt/", fs::metadata("a.txt/"), 54);
    expect(w, "metadata d/", fs::metadata("d/"), 0);
    expect(w, "open a.txt/", File::open("a.txt/"), 54);
    expect(w, "remove_file a.txt/", fs::remove_file("a.txt/"), 54);
    expect(w, "remove_file d/", fs::remove_file("d/"), 31);
    expect(w, "rename a.txt -> b.txt/", fs::rename("a.txt", "b.txt/"), 54);
    expect(w, "rename a.txt/ -> b.txt", fs::rename("a.txt/", "b.txt"), 54);
    expect(w, "hard_link a.txt -> l/", fs::hard_link("a.txt", "l/"), 44);
    expect(w, "hard_link a.txt -> d/", fs::hard_link("a.txt", "d/"), 20);
    expect(w, "hard_link a.txt -> l", fs::hard_link("a.txt", "l"), 0);
    expect(w, "remove_dir a.txt/", fs::remove_dir("a.txt/"), 54);
    expect(w, "rename d/ -> e/", fs::rename("d/", "e/"), 0);
    expect(w, "remove_dir e/", fs::remove_dir("e/"), 0);
    let mut names: Vec<String> = fs::read_dir(".")
        .expect("read_dir .")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    println!("directory now: {}", names.join(" "));
    std::process::exit(wrong);
}
