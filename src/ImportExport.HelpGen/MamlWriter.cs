using System.Xml;

namespace ImportExport.HelpGen;

/// <summary>
/// Writes MAML the way PowerShell's help provider reads it for cmdlets (the same shape platyPS's New-ExternalHelp
/// produces): helpItems schema="maml" with one command:command per cmdlet.
/// </summary>
public static class MamlWriter
{
    public const string MshNs = "http://msh";
    public const string MamlNs = "http://schemas.microsoft.com/maml/2004/10";
    public const string CommandNs = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public const string DevNs = "http://schemas.microsoft.com/maml/dev/2004/10";
    public const string MsHelpNs = "http://msdn.microsoft.com/mshelp";

    public static void Write(IEnumerable<CommandHelp> commands, string path)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            NewLineChars = "\n",
        };

        string temp = path + ".tmp";
        using (var w = XmlWriter.Create(temp, settings))
        {
            Write(commands, w);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static void Write(IEnumerable<CommandHelp> commands, XmlWriter w)
    {
        w.WriteStartDocument();
        w.WriteStartElement("helpItems", MshNs);
        w.WriteAttributeString("schema", "maml");
        foreach (var c in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            WriteCommand(c, w);
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteCommand(CommandHelp c, XmlWriter w)
    {
        w.WriteStartElement("command", "command", CommandNs);
        w.WriteAttributeString("xmlns", "maml", null, MamlNs);
        w.WriteAttributeString("xmlns", "command", null, CommandNs);
        w.WriteAttributeString("xmlns", "dev", null, DevNs);
        w.WriteAttributeString("xmlns", "MSHelp", null, MsHelpNs);

        w.WriteStartElement("command", "details", CommandNs);
        w.WriteElementString("command", "name", CommandNs, c.Name);
        w.WriteElementString("command", "verb", CommandNs, c.Verb);
        w.WriteElementString("command", "noun", CommandNs, c.Noun);
        Description(w, [c.Synopsis]);
        w.WriteEndElement(); // details

        Description(w, c.Description);

        // Syntax: one item per parameter set, default set first, parameters in position order then named.
        w.WriteStartElement("command", "syntax", CommandNs);
        foreach (var set in c.Syntax.OrderByDescending(s => s.IsDefault))
        {
            w.WriteStartElement("command", "syntaxItem", CommandNs);
            w.WriteElementString("maml", "name", MamlNs, c.Name);
            var members = c.Parameters
                .Select(p => (Parameter: p, Block: p.Blocks.FirstOrDefault(b => b.AppliesTo(set.Name))))
                .Where(x => x.Block is not null)
                .OrderBy(x => x.Block!.Position == "named" ? int.MaxValue : int.Parse(x.Block.Position, System.Globalization.CultureInfo.InvariantCulture))
                .ThenByDescending(x => x.Block!.Required)
                .ThenBy(x => IsShouldProcess(x.Parameter.Name) ? 1 : 0);
            foreach (var (parameter, block) in members)
            {
                WriteParameter(w, parameter, block!, inSyntax: true);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement(); // syntax

        w.WriteStartElement("command", "parameters", CommandNs);
        foreach (var p in c.Parameters)
        {
            WriteParameter(w, p, p.Blocks[0], inSyntax: false);
        }

        w.WriteEndElement();

        w.WriteStartElement("command", "inputTypes", CommandNs);
        foreach (var t in c.Inputs)
        {
            w.WriteStartElement("command", "inputType", CommandNs);
            TypeElement(w, t.TypeName);
            Description(w, t.Description);
            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteStartElement("command", "returnValues", CommandNs);
        foreach (var t in c.Outputs)
        {
            w.WriteStartElement("command", "returnValue", CommandNs);
            TypeElement(w, t.TypeName);
            Description(w, t.Description);
            w.WriteEndElement();
        }

        w.WriteEndElement();

        if (c.Notes.Count > 0)
        {
            w.WriteStartElement("maml", "alertSet", MamlNs);
            w.WriteStartElement("maml", "alert", MamlNs);
            foreach (var para in c.Notes)
            {
                w.WriteElementString("maml", "para", MamlNs, para);
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteStartElement("command", "examples", CommandNs);
        foreach (var e in c.Examples)
        {
            w.WriteStartElement("command", "example", CommandNs);
            w.WriteElementString("maml", "title", MamlNs, $"------------- {e.Title} -------------");
            w.WriteElementString("dev", "code", DevNs, e.Code);
            w.WriteStartElement("dev", "remarks", DevNs);
            foreach (var para in e.Remarks)
            {
                w.WriteElementString("maml", "para", MamlNs, para);
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteStartElement("maml", "relatedLinks", MamlNs);
        foreach (var l in c.Links)
        {
            w.WriteStartElement("maml", "navigationLink", MamlNs);
            w.WriteElementString("maml", "linkText", MamlNs, l.Text);
            w.WriteElementString("maml", "uri", MamlNs, l.Uri);
            w.WriteEndElement();
        }

        w.WriteEndElement();

        w.WriteEndElement(); // command
    }

    private static bool IsShouldProcess(string name) => name is "WhatIf" or "Confirm";

    private static void WriteParameter(XmlWriter w, ParameterHelp p, ParameterAttributes a, bool inSyntax)
    {
        w.WriteStartElement("command", "parameter", CommandNs);
        w.WriteAttributeString("required", a.Required ? "true" : "false");
        w.WriteAttributeString("variableLength", a.Type.EndsWith("[]", StringComparison.Ordinal) ? "true" : "false");
        w.WriteAttributeString("globbing", a.Globbing ? "true" : "false");
        w.WriteAttributeString("pipelineInput", a.PipelineInput);
        w.WriteAttributeString("position", a.Position);
        w.WriteAttributeString("aliases", a.Aliases.Count == 0 ? "none" : string.Join(", ", a.Aliases));
        w.WriteElementString("maml", "name", MamlNs, p.Name);
        Description(w, p.Description);

        if (a.AcceptedValues.Count > 0)
        {
            w.WriteStartElement("command", "parameterValueGroup", CommandNs);
            foreach (var v in a.AcceptedValues)
            {
                w.WriteStartElement("command", "parameterValue", CommandNs);
                w.WriteAttributeString("required", "false");
                w.WriteAttributeString("command", "variableLength", CommandNs, "false");
                w.WriteString(v);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        // A switch has no value: without parameterValue the syntax reads [-Force], not [-Force <SwitchParameter>].
        if (!a.IsSwitch || !inSyntax)
        {
            w.WriteStartElement("command", "parameterValue", CommandNs);
            w.WriteAttributeString("required", a.IsSwitch ? "false" : "true");
            w.WriteAttributeString("variableLength", "false");
            w.WriteString(ShortTypeName(a.Type));
            w.WriteEndElement();
        }

        TypeElement(w, a.Type);
        w.WriteElementString("dev", "defaultValue", DevNs, a.DefaultValue);
        w.WriteEndElement();
    }

    private static string ShortTypeName(string type)
    {
        int dot = type.LastIndexOf('.', type.IndexOf('[') is var b and >= 0 ? b : type.Length - 1);
        return dot >= 0 ? type[(dot + 1)..] : type;
    }

    private static void TypeElement(XmlWriter w, string typeName)
    {
        w.WriteStartElement("dev", "type", DevNs);
        w.WriteElementString("maml", "name", MamlNs, typeName);
        w.WriteElementString("maml", "uri", MamlNs, string.Empty);
        w.WriteEndElement();
    }

    private static void Description(XmlWriter w, IEnumerable<string> paragraphs)
    {
        w.WriteStartElement("maml", "description", MamlNs);
        foreach (var para in paragraphs)
        {
            w.WriteElementString("maml", "para", MamlNs, para);
        }

        w.WriteEndElement();
    }
}
