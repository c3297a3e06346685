// Command gen-sdk writes the Python, Go and Java SDKs of a Pulumi package from its schema, with the code generators of
// github.com/pulumi/pulumi/pkg/v3 and github.com/pulumi/pulumi-java (the same ones `pulumi package gen-sdk` runs
// inside the language hosts, which the Go module proxy does not serve for current releases).
//
//	gen-sdk [flags] <schema.json> <languages> <out-dir>
//
// <languages> is a comma-separated list of python, go and java, or "all". Each language is written to <out-dir>/<language>,
// which is emptied first, so files the schema no longer produces do not linger. The schema is bound with the
// metaschema validation of `pulumi package gen-sdk`; any error diagnostic stops the run before anything is written.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/blang/semver"
	"github.com/hashicorp/hcl/v2"
	javagen "github.com/pulumi/pulumi-java/pkg/codegen/java"
	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	pygen "github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
	"golang.org/x/mod/modfile"
)

const tool = "scripts/gen-sdk.sh"

var languages = []string{"python", "go", "java"}

// javaSDK is the version of com.pulumi:pulumi (Maven Central) the Java SDK builds and runs against.
const javaSDK = "1.36.1"

// offlineLoader resolves no other package: this provider's schema references none, and loading one would need its
// provider plugin, which cannot be downloaded here.
type offlineLoader struct{}

func (offlineLoader) refuse(name string) error {
	return fmt.Errorf("the schema references package %q; gen-sdk resolves no other package", name)
}

func (l offlineLoader) LoadPackage(pkg string, _ *semver.Version) (*schema.Package, error) {
	return nil, l.refuse(pkg)
}

func (l offlineLoader) LoadPackageV2(_ context.Context, d *schema.PackageDescriptor) (*schema.Package, error) {
	return nil, l.refuse(d.Name)
}

func (l offlineLoader) LoadPackageReference(pkg string, _ *semver.Version) (schema.PackageReference, error) {
	return nil, l.refuse(pkg)
}

func (l offlineLoader) LoadPackageReferenceV2(
	_ context.Context, d *schema.PackageDescriptor,
) (schema.PackageReference, error) {
	return nil, l.refuse(d.Name)
}

func say(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "[gen-sdk] "+format+"\n", args...)
}

// bind reads and binds the schema. Each language gets a package of its own, since GeneratePackage imports its
// language block into the package it is given.
func bind(path string) (*schema.Package, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var spec schema.PackageSpec
	if err := json.Unmarshal(data, &spec); err != nil {
		return nil, fmt.Errorf("%s is not a package schema: %w", path, err)
	}
	pkg, diags, err := schema.BindSpec(spec, offlineLoader{}, schema.ValidationOptions{})
	if err != nil {
		return nil, fmt.Errorf("binding %s: %w", path, err)
	}
	for _, d := range diags {
		severity := "warning"
		if d.Severity == hcl.DiagError {
			severity = "error"
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		say("%s: %s: %s", path, severity, strings.TrimSuffix(strings.TrimSpace(msg), ";"))
	}
	if n := len(diags.Errs()); n > 0 {
		return nil, fmt.Errorf("%s has %d error diagnostic(s)", path, n)
	}
	return pkg, nil
}

// pinGoSDK sets the github.com/pulumi/pulumi/sdk/v3 requirement of the generated go.mod (the generator writes its
// own minimum) so that the SDK builds against the version this repository already has in its module cache.
func pinGoSDK(files map[string][]byte, version string) error {
	data, ok := files["go.mod"]
	if !ok || version == "" {
		return nil
	}
	f, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		return err
	}
	if err := f.AddRequire("github.com/pulumi/pulumi/sdk/v3", version); err != nil {
		return err
	}
	out, err := f.Format()
	if err != nil {
		return err
	}
	files["go.mod"] = out
	return nil
}

func generate(lang string, pkg *schema.Package, goSDKVersion string) (map[string][]byte, error) {
	switch lang {
	case "python":
		return pygen.GeneratePackage(tool, pkg, nil, offlineLoader{})
	case "go":
		files, err := gogen.GeneratePackage(tool, pkg, nil)
		if err != nil {
			return nil, err
		}
		return files, pinGoSDK(files, goSDKVersion)
	case "java":
		if err := pkg.ImportLanguages(map[string]schema.Language{"java": javagen.Importer}); err != nil {
			return nil, err
		}
		// `local`: no Gradle files (Gradle and its plugin portal are not reachable here); a Maven POM of its own, and
		// the resources the Gradle build would have written: the version and the plugin's facts.
		extra, err := javaBuildFiles(pkg)
		if err != nil {
			return nil, err
		}
		return javagen.GeneratePackage(tool, pkg, extra, nil, true, false)
	}
	return nil, fmt.Errorf("unknown language %q (want %s)", lang, strings.Join(languages, ", "))
}

// javaBuildFiles are the Java SDK's Maven POM and the plugin.json its Gradle build would have written beside the
// version.txt the generator writes: the Java host reads it to name the provider plugin, its version and where the
// engine downloads it.
func javaBuildFiles(pkg *schema.Package) (map[string][]byte, error) {
	version := ""
	if pkg.Version != nil {
		version = pkg.Version.String()
	}
	packageName := strings.ReplaceAll(pkg.Name, "-", "")
	plugin, err := json.MarshalIndent(map[string]any{
		"resource": true, "name": pkg.Name, "version": version, "server": pkg.PluginDownloadURL,
	}, "", "  ")
	if err != nil {
		return nil, err
	}
	resources := "src/main/resources/com/pulumi/" + pkg.Name + "/"
	pom := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by %s: the Java SDK of %s, built with Maven (mvn -B install). -->
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.pulumi</groupId>
  <artifactId>%s</artifactId>
  <version>%s</version>
  <packaging>jar</packaging>
  <description>%s</description>
  <url>%s</url>
  <licenses><license><name>%s</name></license></licenses>
  <properties>
    <maven.compiler.release>11</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>com.pulumi</groupId><artifactId>pulumi</artifactId><version>%s</version></dependency>
    <!-- com.pulumi:pulumi names these at runtime scope only; the generated code compiles against them. -->
    <dependency><groupId>com.google.code.findbugs</groupId><artifactId>jsr305</artifactId><version>3.0.2</version></dependency>
    <dependency><groupId>com.google.code.gson</groupId><artifactId>gson</artifactId><version>2.11.0</version></dependency>
  </dependencies>
  <build>
    <plugins>
      <!-- Maven 3.8's default compiler plugin knows no maven.compiler.release. -->
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    </plugins>
  </build>
</project>
`, tool, pkg.Name, packageName, version, strings.TrimSpace(pkg.Description), pkg.Repository, pkg.License, javaSDK)
	return map[string][]byte{
		"pom.xml":                 []byte(pom),
		resources + "plugin.json": append(plugin, '\n'),
	}, nil
}

// write replaces dir with exactly files.
func write(dir string, files map[string][]byte) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if !strings.HasPrefix(p, dir+string(filepath.Separator)) {
			return fmt.Errorf("generated file %q lies outside %s", name, dir)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

func run() error {
	// A flag set of its own: the pulumi packages register glog's flags on the default one.
	flags := flag.NewFlagSet("gen-sdk", flag.ExitOnError)
	goSDKVersion := flags.String("go-pulumi-sdk", "v3.276.0",
		"version of github.com/pulumi/pulumi/sdk/v3 the Go SDK's go.mod requires (empty: the generator's minimum)")
	flags.Usage = func() {
		fmt.Fprintf(flags.Output(),
			"usage: gen-sdk [flags] <schema.json> <languages: %s or all> <out-dir>\n", strings.Join(languages, ","))
		flags.PrintDefaults()
	}
	_ = flags.Parse(os.Args[1:])
	if flags.NArg() != 3 {
		flags.Usage()
		os.Exit(2)
	}
	schemaPath, langArg, outDir := flags.Arg(0), flags.Arg(1), flags.Arg(2)

	var langs []string
	if langArg == "all" {
		langs = languages
	} else {
		for _, l := range strings.Split(langArg, ",") {
			l = strings.TrimSpace(l)
			if l != "python" && l != "go" && l != "java" {
				return fmt.Errorf("unknown language %q (want %s or all)", l, strings.Join(languages, ","))
			}
			langs = append(langs, l)
		}
	}
	out, err := filepath.Abs(outDir)
	if err != nil {
		return err
	}

	generated := map[string]map[string][]byte{}
	for _, lang := range langs {
		pkg, err := bind(schemaPath)
		if err != nil {
			return err
		}
		if !pkg.SupportPack {
			// As `pulumi package add` does: the Go generator then writes the SDK's go.mod, and both write the
			// schema's version into the package metadata.
			if lang == langs[0] {
				say("%s sets no meta.supportPack; generating as if it were true", schemaPath)
			}
			pkg.SupportPack = true
		}
		files, err := generate(lang, pkg, *goSDKVersion)
		if err != nil {
			return fmt.Errorf("generating the %s SDK: %w", lang, err)
		}
		generated[lang] = files
	}
	// Written only once every language has generated, so a failure leaves the previous SDKs in place.
	for _, lang := range langs {
		dir := filepath.Join(out, lang)
		if err := write(dir, generated[lang]); err != nil {
			return fmt.Errorf("writing %s: %w", dir, err)
		}
		say("generated the %s SDK: %d files in %s", lang, len(generated[lang]), dir)
	}
	return nil
}

func main() {
	if err := run(); err != nil {
		say("error: %v", err)
		os.Exit(1)
	}
}
