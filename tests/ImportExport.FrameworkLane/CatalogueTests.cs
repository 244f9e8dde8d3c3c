using System;
using System.Collections.Generic;
using System.Text;
using ImportExport.Inventory;
using ImportExport.Manifest;
using Xunit;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// The inventory and manifest checkers on the .NET suite's own catalogues (InventoryCatalogue.Files and the
    /// manifest cases of BadInputCatalogue), served by the services host with the verdict the same checkers give on
    /// .NET: on the .NET Framework profile every file gets the same problems, row for row and word for word.
    /// </summary>
    public sealed class CatalogueTests
    {
        private static string Text(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

        public static TheoryData<string> InventoryFiles()
        {
            var data = new TheoryData<string>();
            foreach (var name in Lane.Services.Send("inventory-names"))
            {
                data.Add(name);
            }

            return data;
        }

        public static TheoryData<string> ManifestCases()
        {
            var data = new TheoryData<string>();
            foreach (var name in Lane.Services.Send("manifest-names"))
            {
                data.Add(name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(InventoryFiles))]
        public void The_inventory_checker_gives_the_NET_verdict(string name)
        {
            var answer = Lane.Services.Send("inventory-file", name);
            var check = InventoryChecker.Check(Convert.FromBase64String(answer[0]));

            // Loops, not lambdas over the module's types: see LaneModule's remarks.
            var lines = new List<string>();
            foreach (var p in check.Problems)
            {
                lines.Add(string.Join("|", p.RowNumber, p.Column, p.Value, p.Rule, p.ErrorType, p.RawError));
            }

            var here = string.Join("\n", lines) + "\nrejected=" + check.FileRejected + " rows=" + check.DataRowCount;

            Assert.Equal(Text(answer[1]), here);
            if (name.StartsWith("rule-", StringComparison.Ordinal))
            {
                Assert.NotEmpty(check.Problems);
            }
        }

        [Theory]
        [MemberData(nameof(ManifestCases))]
        public void The_manifest_validator_gives_the_NET_verdict(string name)
        {
            var answer = Lane.Services.Send("manifest-case", name);
            var jobType = answer[0] == "Export" ? ManifestJobType.Export : ManifestJobType.Import;

            var result = ManifestValidator.Validate(Text(answer[1]), jobType);
            var lines = new List<string>();
            foreach (var p in result.Problems)
            {
                lines.Add(string.Join("|", p.Field, p.Rule, p.Line, p.Kind, p.Message));
            }

            var here = string.Join("\n", lines);

            Assert.Equal(Text(answer[3]), here);
        }
    }
}
