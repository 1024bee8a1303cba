"""wasm2obj_library: compile a WebAssembly module with wasm2obj inside Bazel.

    load("@wasm2obj_rules//:defs.bzl", "wasm2obj_library")

    wasm2obj_library(
        name = "demo",            # writes demo.o and demo.h in this package
        src = "demo.wasm",
        copts = ["-O2"],          # any wasm2obj options but the output ones
    )

    cc_binary(name = "app", srcs = ["main.c"], deps = [":demo"])  # #include "demo.h"

The compile is one hermetic action: its inputs are the .wasm, the wasm2obj
program and the LLVM shared library it runs on (both from the @wasm2obj
repository, see repositories.bzl), and its outputs the object and the
header. Nothing else is read, so the action's key (and with
--remote_cache or --disk_cache the cached result) changes exactly when one
of those or the options change; wasm2obj's output is byte-identical for the
same inputs and options on any machine.

The macro wraps the outputs in a cc_library that depends on the runtime
(@wasm2obj//:runtime), so a cc_binary or cc_library depending on it gets the
object, the header (included as "NAME.h") and the runtime with its headers.
"""

load("@rules_cc//cc:defs.bzl", "cc_library")

# Options that name or choose the outputs: the rule sets them itself.
_RESERVED_OPTIONS = ("-o", "--header", "--no-header", "--name", "--emit", "-S", "-c")

def _check_options(ctx):
    for opt in ctx.attr.copts:
        for reserved in _RESERVED_OPTIONS:
            if opt == reserved or opt.startswith(reserved + "="):
                fail("copts: %s is set by wasm2obj_library itself (from module_name and the outputs)" % opt)

def _wasm2obj_compile_impl(ctx):
    _check_options(ctx)
    obj = ctx.outputs.object
    header = ctx.outputs.header
    args = ctx.actions.args()
    args.add_all(ctx.attr.copts)
    args.add("--name=" + ctx.attr.module_name)
    args.add("--emit=obj")
    args.add("--header=" + header.path)
    args.add("-o", obj)
    args.add(ctx.file.src)
    ctx.actions.run(
        executable = ctx.executable._compiler,
        arguments = [args],
        inputs = [ctx.file.src] + ctx.files._compiler_libraries,
        outputs = [obj, header],
        mnemonic = "Wasm2obj",
        progress_message = "Compiling %s with wasm2obj" % ctx.file.src.short_path,
    )
    return [DefaultInfo(files = depset([obj, header]))]

wasm2obj_compile = rule(
    implementation = _wasm2obj_compile_impl,
    doc = "Runs wasm2obj on one module; outputs the object and the C header.",
    attrs = {
        "src": attr.label(allow_single_file = [".wasm"], mandatory = True, doc = "the module"),
        "module_name": attr.string(mandatory = True, doc = "--name: the C prefix of everything the module defines"),
        "copts": attr.string_list(doc = "wasm2obj options, e.g. -O2, --bounds-checks=explicit, --fuel"),
        "object": attr.output(mandatory = True),
        "header": attr.output(mandatory = True),
        "_compiler": attr.label(
            default = "@wasm2obj//:bin/wasm2obj",
            executable = True,
            cfg = "exec",
            allow_single_file = True,
        ),
        "_compiler_libraries": attr.label(default = "@wasm2obj//:compiler_libraries"),
    },
)

def wasm2obj_library(name, src, module_name = None, copts = [], visibility = None, **kwargs):
    """Compiles `src` with wasm2obj and makes the result a cc_library `name`.

    Args:
      name: the cc_library's name; the outputs are NAME.o and NAME.h.
      src: the .wasm module (a file or a rule producing one).
      module_name: wasm2obj --name (a C identifier); default: `name`.
      copts: wasm2obj options; not -o, --header, --name, --emit, -S, -c.
      visibility: of the cc_library.
      **kwargs: passed to the cc_library (tags, testonly, ...).
    """
    wasm2obj_compile(
        name = name + ".wasm2obj",
        src = src,
        module_name = module_name or name,
        copts = copts,
        object = name + ".o",
        header = name + ".h",
        visibility = ["//visibility:private"],
        tags = kwargs.get("tags"),
        testonly = kwargs.get("testonly"),
    )
    package = native.package_name()
    cc_library(
        name = name,
        srcs = [name + ".o"],
        hdrs = [name + ".h"],
        strip_include_prefix = "/" + package if package else None,
        deps = ["@wasm2obj//:runtime"],
        visibility = visibility,
        **kwargs
    )
