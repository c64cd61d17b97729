// Parsing of Debian's signed indexes used to find and verify the PostgreSQL source (build-pg-client.ts).
import { describe, expect, it } from "vitest";
import { checksumSection, sourceParagraph } from "../../lib/core/db/build-pg-client.ts";

const release = `Origin: Debian
Suite: unstable
MD5Sum:
 0123 10 main/source/Sources.xz
SHA256:
 aaaa 111 main/binary-amd64/Packages.xz
 bbbb 222 main/source/Sources.xz
Acquire-By-Hash: yes
`;

const sources = `Package: postgresql-17
Version: 17.9-1
Directory: pool/main/p/postgresql-17

Package: postgresql-18
Binary: libpq5, postgresql-client-18
Version: 18.6-3
Checksums-Sha256:
 a4 4752 postgresql-18_18.6-3.dsc
 55 22632314 postgresql-18_18.6.orig.tar.bz2
 5e 34488 postgresql-18_18.6-3.debian.tar.xz
Directory: pool/main/p/postgresql-18

Package: postgresql-18-foo
Version: 1.0
`;

describe("Debian index parsing for the pg_dump build", () => {
  it("reads the SHA256 section of a Release file, not the MD5 one", () => {
    const sums = checksumSection(release, "SHA256");
    expect(sums.get("main/source/Sources.xz")).toEqual({ sha256: "bbbb", size: 222 });
    expect(sums.size).toBe(2);
  });

  it("finds exactly the source package asked for and its orig tarball checksum", () => {
    const paragraph = sourceParagraph(sources, "postgresql-18")!;
    expect(paragraph).toContain("Version: 18.6-3");
    expect(paragraph).not.toContain("postgresql-18-foo");
    const files = checksumSection(paragraph, "Checksums-Sha256");
    expect(files.get("postgresql-18_18.6.orig.tar.bz2")).toEqual({ sha256: "55", size: 22632314 });
    expect(sourceParagraph(sources, "postgresql-19")).toBeNull();
  });
});
