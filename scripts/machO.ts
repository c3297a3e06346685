/**
 * The two Mach-O edits a macOS single executable needs off macOS, and their check. macOS refuses to run a changed
 * binary whose signature no longer matches; the official Node.js build is signed, so its signature is taken out before
 * the program is injected, and the result is signed again ad hoc (no identity), as `codesign --sign -` does: a code
 * directory of SHA-256 page hashes, the minimal signature that arm64 macOS accepts (the Go linker writes the same).
 * Pure: buffers in, buffers out. Thin 64-bit little-endian binaries only (what Node.js ships per architecture).
 */
import * as crypto from "crypto";

const MH_MAGIC_64 = 0xfeedfacf;
const LC_SEGMENT_64 = 0x19;
const LC_CODE_SIGNATURE = 0x1d;
const HEADER_SIZE = 32;
const CPU_TYPES: Record<number, string> = { 0x01000007: "x86_64", 0x0100000c: "arm64" };

const CSMAGIC_EMBEDDED_SIGNATURE = 0xfade0cc0;
const CSMAGIC_CODEDIRECTORY = 0xfade0c02;
const CS_ADHOC = 0x2;
const CS_HASHTYPE_SHA256 = 2;
const CS_EXECSEG_MAIN_BINARY = 0x1;
const CODE_DIRECTORY_VERSION = 0x20400;
const CODE_DIRECTORY_HEADER = 88;
const PAGE_SHIFT = 12;
const PAGE_SIZE = 1 << PAGE_SHIFT;
const SEGMENT_ALIGN = 0x4000;

interface Segment {
    /** Offset of the load command in the file. */
    at: number;
    name: string;
    vmsize: bigint;
    fileoff: number;
    filesize: number;
}

interface Layout {
    cpu: string;
    ncmds: number;
    sizeofcmds: number;
    segments: Segment[];
    signature?: { at: number; cmdsize: number; dataoff: number; datasize: number };
    /** Where the first section's data starts: load commands may grow up to here. */
    firstData: number;
}

const align = (n: number, to: number) => Math.ceil(n / to) * to;

export function machOLayout(file: Buffer): Layout {
    if (file.length < HEADER_SIZE || file.readUInt32LE(0) !== MH_MAGIC_64) throw new Error("not a 64-bit little-endian Mach-O file");
    const cpu = CPU_TYPES[file.readUInt32LE(4)] ?? `cputype 0x${file.readUInt32LE(4).toString(16)}`;
    const ncmds = file.readUInt32LE(16);
    const sizeofcmds = file.readUInt32LE(20);
    const layout: Layout = { cpu, ncmds, sizeofcmds, segments: [], firstData: file.length };
    let at = HEADER_SIZE;
    for (let i = 0; i < ncmds; i++) {
        const cmd = file.readUInt32LE(at);
        const cmdsize = file.readUInt32LE(at + 4);
        if (cmd === LC_SEGMENT_64) {
            const name = file.toString("latin1", at + 8, at + 24).replace(/\0.*$/, "");
            const segment = { at, name, vmsize: file.readBigUInt64LE(at + 32), fileoff: Number(file.readBigUInt64LE(at + 40)), filesize: Number(file.readBigUInt64LE(at + 48)) };
            layout.segments.push(segment);
            const nsects = file.readUInt32LE(at + 64);
            for (let s = 0; s < nsects; s++) {
                const offset = file.readUInt32LE(at + 72 + s * 80 + 48);
                if (offset > 0) layout.firstData = Math.min(layout.firstData, offset);
            }
        } else if (cmd === LC_CODE_SIGNATURE) {
            layout.signature = { at, cmdsize, dataoff: file.readUInt32LE(at + 8), datasize: file.readUInt32LE(at + 12) };
        }
        at += cmdsize;
    }
    return layout;
}

function linkedit(layout: Layout): Segment {
    const segment = layout.segments.find((s) => s.name === "__LINKEDIT");
    if (!segment) throw new Error("no __LINKEDIT segment");
    if (layout.segments.some((s) => s.fileoff > segment.fileoff)) throw new Error("__LINKEDIT is not the last segment");
    return segment;
}

function setSegmentSize(file: Buffer, segment: Segment, filesize: number): void {
    file.writeBigUInt64LE(BigInt(align(filesize, SEGMENT_ALIGN)), segment.at + 32);
    file.writeBigUInt64LE(BigInt(filesize), segment.at + 48);
}

/** The binary without its code signature: the load command taken out, the signature's bytes cut off the end. */
export function removeSignature(input: Buffer): Buffer {
    const layout = machOLayout(input);
    if (!layout.signature) return input;
    const { at, cmdsize, dataoff } = layout.signature;
    const file = Buffer.from(input.subarray(0, dataoff));
    const commandsEnd = HEADER_SIZE + layout.sizeofcmds;
    file.copy(file, at, at + cmdsize, commandsEnd);
    file.fill(0, commandsEnd - cmdsize, commandsEnd);
    file.writeUInt32LE(layout.ncmds - 1, 16);
    file.writeUInt32LE(layout.sizeofcmds - cmdsize, 20);
    const segment = linkedit(machOLayout(file));
    setSegmentSize(file, segment, dataoff - segment.fileoff);
    return file;
}

/** Signs an unsigned binary ad hoc, with `identifier` as its code signing identifier. */
export function signAdHoc(input: Buffer, identifier: string): Buffer {
    const layout = machOLayout(input);
    if (layout.signature) throw new Error("the binary is signed already; remove the signature first");
    if (HEADER_SIZE + layout.sizeofcmds + 16 > layout.firstData) throw new Error("no room for one more load command");
    const codeLimit = align(input.length, 16);
    const nCodeSlots = Math.ceil(codeLimit / PAGE_SIZE);
    const ident = Buffer.from(`${identifier}\0`, "utf8");
    const cdLength = CODE_DIRECTORY_HEADER + ident.length + nCodeSlots * 32;
    const datasize = align(12 + 8 + cdLength, 16);
    const file = Buffer.alloc(codeLimit + datasize);
    input.copy(file);

    // The load command first: it is in the first page, which is hashed.
    const at = HEADER_SIZE + layout.sizeofcmds;
    file.writeUInt32LE(LC_CODE_SIGNATURE, at);
    file.writeUInt32LE(16, at + 4);
    file.writeUInt32LE(codeLimit, at + 8);
    file.writeUInt32LE(datasize, at + 12);
    file.writeUInt32LE(layout.ncmds + 1, 16);
    file.writeUInt32LE(layout.sizeofcmds + 16, 20);
    const segment = linkedit(layout);
    setSegmentSize(file, segment, codeLimit + datasize - segment.fileoff);
    const text = layout.segments.find((s) => s.name === "__TEXT");
    if (!text) throw new Error("no __TEXT segment");

    let o = codeLimit;
    file.writeUInt32BE(CSMAGIC_EMBEDDED_SIGNATURE, o);
    file.writeUInt32BE(12 + 8 + cdLength, o + 4);
    file.writeUInt32BE(1, o + 8);
    file.writeUInt32BE(0, o + 12); // CSSLOT_CODEDIRECTORY
    file.writeUInt32BE(20, o + 16);
    o += 20;
    const cd = o;
    file.writeUInt32BE(CSMAGIC_CODEDIRECTORY, cd);
    file.writeUInt32BE(cdLength, cd + 4);
    file.writeUInt32BE(CODE_DIRECTORY_VERSION, cd + 8);
    file.writeUInt32BE(CS_ADHOC, cd + 12);
    file.writeUInt32BE(CODE_DIRECTORY_HEADER + ident.length, cd + 16); // hashOffset
    file.writeUInt32BE(CODE_DIRECTORY_HEADER, cd + 20); // identOffset
    file.writeUInt32BE(0, cd + 24); // nSpecialSlots
    file.writeUInt32BE(nCodeSlots, cd + 28);
    file.writeUInt32BE(codeLimit, cd + 32);
    file.writeUInt8(32, cd + 36); // hashSize
    file.writeUInt8(CS_HASHTYPE_SHA256, cd + 37);
    file.writeUInt8(0, cd + 38); // platform
    file.writeUInt8(PAGE_SHIFT, cd + 39);
    // spare2, scatterOffset, teamOffset, spare3, codeLimit64: zero
    file.writeBigUInt64BE(BigInt(text.fileoff), cd + 64);
    file.writeBigUInt64BE(BigInt(text.filesize), cd + 72);
    file.writeBigUInt64BE(BigInt(CS_EXECSEG_MAIN_BINARY), cd + 80);
    ident.copy(file, cd + CODE_DIRECTORY_HEADER);
    const hashes = cd + CODE_DIRECTORY_HEADER + ident.length;
    for (let page = 0; page < nCodeSlots; page++) {
        const start = page * PAGE_SIZE;
        crypto.createHash("sha256").update(file.subarray(start, Math.min(start + PAGE_SIZE, codeLimit))).digest().copy(file, hashes + page * 32);
    }
    return file;
}

export interface AdHocSignature {
    cpu: string;
    identifier: string;
    pages: number;
}

/**
 * Checks a binary's ad hoc signature as the kernel does: the code directory covers the file up to the signature,
 * every page hash matches, and the signature is the end of __LINKEDIT. Throws what is wrong.
 */
export function verifyAdHocSignature(file: Buffer): AdHocSignature {
    const layout = machOLayout(file);
    if (!layout.signature) throw new Error("not signed");
    const { dataoff, datasize } = layout.signature;
    const segment = linkedit(layout);
    if (dataoff + datasize > file.length || segment.fileoff + segment.filesize !== dataoff + datasize) throw new Error("the signature is not the end of __LINKEDIT");
    if (file.readUInt32BE(dataoff) !== CSMAGIC_EMBEDDED_SIGNATURE) throw new Error("no embedded signature blob");
    const count = file.readUInt32BE(dataoff + 8);
    let cd = -1;
    for (let i = 0; i < count; i++) if (file.readUInt32BE(dataoff + 12 + i * 8) === 0) cd = dataoff + file.readUInt32BE(dataoff + 16 + i * 8);
    if (cd < 0 || file.readUInt32BE(cd) !== CSMAGIC_CODEDIRECTORY) throw new Error("no code directory");
    if ((file.readUInt32BE(cd + 12) & CS_ADHOC) === 0) throw new Error("not an ad hoc signature");
    const codeLimit = file.readUInt32BE(cd + 32);
    if (codeLimit !== dataoff) throw new Error(`the code directory covers ${codeLimit} bytes, the code is ${dataoff}`);
    if (file.readUInt8(cd + 37) !== CS_HASHTYPE_SHA256 || file.readUInt8(cd + 36) !== 32) throw new Error("not SHA-256 page hashes");
    const pageSize = 1 << file.readUInt8(cd + 39);
    const pages = file.readUInt32BE(cd + 28);
    if (pages !== Math.ceil(codeLimit / pageSize)) throw new Error(`${pages} page hashes for ${codeLimit} bytes`);
    const hashes = cd + file.readUInt32BE(cd + 16);
    for (let page = 0; page < pages; page++) {
        const start = page * pageSize;
        const actual = crypto.createHash("sha256").update(file.subarray(start, Math.min(start + pageSize, codeLimit))).digest();
        if (!actual.equals(file.subarray(hashes + page * 32, hashes + page * 32 + 32))) throw new Error(`page ${page} does not match its hash`);
    }
    const identOffset = cd + file.readUInt32BE(cd + 20);
    const identifier = file.toString("utf8", identOffset, file.indexOf(0, identOffset));
    return { cpu: layout.cpu, identifier, pages };
}
