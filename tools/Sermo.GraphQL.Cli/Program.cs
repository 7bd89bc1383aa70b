Console.WriteLine("sermo-graphql");
