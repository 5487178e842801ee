#!/usr/bin/env node
// Compiles the browser scripts in src/browser (TypeScript) into classic client scripts in build/browser, which the
// Fluent ClientScripts include with Now.include. Type-checks all sources as one program (each file its own module),
// then emits each entry on its own with ts.transpileModule, with the shared files it imports copied in front of it:
// what ships has no import/export. Fails (exit 1) on a type error or on a script that would not be a classic script.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import ts from 'typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sourceDir = join(root, 'src', 'browser')
const outDir = join(root, 'build', 'browser')
/** The client scripts: one compiled file each. Other .ts files in src/browser are shared code they import. */
const ENTRIES = ['banner-onload.ts', 'caller-onchange.ts']

const sources = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(sourceDir, name))

const checkOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES5,
    lib: ['lib.es5.d.ts'],
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    allowImportingTsExtensions: true,
    noUnusedLocals: true,
    skipLibCheck: true,
}
const program = ts.createProgram(sources, checkOptions)
// The Banner type comes from the server core, which the main tsconfig checks under its own (newer) lib.
const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => !d.file || d.file.fileName.startsWith(sourceDir))
if (diagnostics.length) {
    console.error(
        ts.formatDiagnosticsWithColorAndContext(diagnostics, {
            getCanonicalFileName: (name) => name,
            getCurrentDirectory: () => root,
            getNewLine: () => '\n',
        }),
    )
    console.error(`build-browser: ${diagnostics.length} type error(s) in src/browser`)
    process.exit(1)
}

/** Drops import declarations and `export` modifiers, so the emitted file is a classic script. */
function classicScript(context) {
    const strip = (modifiers) => modifiers?.filter((modifier) => modifier.kind !== ts.SyntaxKind.ExportKeyword)
    return (sourceFile) => {
        const statements = []
        for (const statement of sourceFile.statements) {
            if (ts.isImportDeclaration(statement)) continue
            if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
                throw new Error(`${relative(root, sourceFile.fileName)}: re-exports are not supported in browser scripts`)
            }
            if (ts.isFunctionDeclaration(statement)) {
                statements.push(
                    context.factory.updateFunctionDeclaration(
                        statement,
                        strip(statement.modifiers),
                        statement.asteriskToken,
                        statement.name,
                        statement.typeParameters,
                        statement.parameters,
                        statement.type,
                        statement.body,
                    ),
                )
            } else if (ts.isVariableStatement(statement)) {
                statements.push(context.factory.updateVariableStatement(statement, strip(statement.modifiers), statement.declarationList))
            } else {
                statements.push(statement)
            }
        }
        return context.factory.updateSourceFile(sourceFile, statements)
    }
}

function emit(file) {
    const result = ts.transpileModule(readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.ESNext, removeComments: false },
        transformers: { before: [classicScript] },
    })
    return result.outputText.replace(/^export \{\};\s*$/m, '').trim()
}

/** The shared files an entry imports (relative specifiers only), dependencies first, each once. */
function localImports(file, seen = new Set()) {
    const ordered = []
    for (const imported of ts.preProcessFile(readFileSync(file, 'utf8')).importedFiles) {
        if (!imported.fileName.startsWith('.')) throw new Error(`${relative(root, file)}: only relative imports are allowed`)
        const target = resolve(dirname(file), imported.fileName.endsWith('.ts') ? imported.fileName : imported.fileName + '.ts')
        if (seen.has(target)) continue
        seen.add(target)
        ordered.push(...localImports(target, seen), target)
    }
    return ordered
}

mkdirSync(outDir, { recursive: true })
for (const entry of ENTRIES) {
    const file = join(sourceDir, entry)
    const parts = [...localImports(file), file].map((part) => `// ${relative(root, part)}\n${emit(part)}`)
    const script = `// Generated by scripts/build-browser.mjs from src/browser: edit the TypeScript, not this file.\n${parts.join('\n\n')}\n`
    if (/^\s*(import|export)\b/m.test(script)) {
        console.error(`build-browser: ${entry} still has an import or export`)
        process.exit(1)
    }
    new vm.Script(script, { filename: entry }) // a syntax error fails the build here, not in the browser
    const out = join(outDir, entry.replace(/\.ts$/, '.js'))
    writeFileSync(out, script)
    console.log(`build-browser: ${relative(root, out)}`)
}
